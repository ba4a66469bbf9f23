/**
 * The Bluesky PDS of the run's local network, under the name the first Bluesky tests used.
 * The network (PLC, PDS and AppView) is started once per `bluesky` project run by
 * bluesky-global-setup.ts; see bluesky-network.ts, which also has other accounts that act
 * (reply, mention, quote, like, repost) and waiting for the AppView.
 */
import { blueskyNetwork, type BlueskyTestAccount } from './bluesky-network';

export { installBlueskyHarness } from './bluesky-network-process';
export type { BlueskyTestAccount } from './bluesky-network';

export interface BlueskyPds {
  /** Base URL of the PDS, e.g. http://localhost:41234 */
  url: string;
  plcUrl: string;
  /** Milliseconds the harness needed from process start to ready. */
  startMs: number;
  /** Creates an account; `handle` may be a bare name ("alice") or end in ".test". */
  createAccount(handle: string): Promise<BlueskyTestAccount>;
  /** Stops the network if this file started its own; the run's shared one stays up. */
  stop(): Promise<void>;
}

export async function startBlueskyPds(): Promise<BlueskyPds> {
  const network = await blueskyNetwork();
  return { url: network.pdsUrl, plcUrl: network.plcUrl, startMs: network.startMs, createAccount: network.createAccount, stop: network.stop };
}
