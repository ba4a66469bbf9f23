/**
 * Vitest globalSetup of the `bluesky` project: one full local Bluesky network (PLC, PDS, AppView)
 * for the whole run, its AppView index on a throwaway PostgreSQL started here. Starting it once
 * instead of once per test file saves about 20 s per file; test files make their own accounts.
 * Test files reach it through blueskyNetwork() (bluesky-network.ts).
 */
import type { TestProject } from 'vitest/node';
import { startBlueskyNetworkProcess } from './bluesky-network-process';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const network = await startBlueskyNetworkProcess();
  project.provide('blueskyNetwork', { pdsUrl: network.pdsUrl, bskyUrl: network.bskyUrl, plcUrl: network.plcUrl, startMs: network.startMs });
  return () => network.stop();
}
