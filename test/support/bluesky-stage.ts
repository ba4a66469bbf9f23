// The stage of a Bluesky walk in Chromium: the local network with our account and other people on
// it, a Zorgpost server that may reach the network on loopback, an organisation with our Bluesky
// channel, and a browser. Closed in reverse, also when opening it failed halfway.
import type { Browser } from 'playwright-core';
import { seedDefaultTemplates } from '../../src/features/inbox/templates';
import { addBlueskyChannel, type BlueskyChannel } from './bluesky-channel';
import { type BlueskyActor, type BlueskyNetwork, type BlueskyTestAccount, blueskyNetwork } from './bluesky-network';
import { launchBrowser } from './browser';
import { buildOrg, type TestOrg } from './test-app';
import { startTestServer } from './test-server';

export interface BlueskyStage {
  network: BlueskyNetwork;
  ours: BlueskyTestAccount;
  actors: BlueskyActor[];
  server: Awaited<ReturnType<typeof startTestServer>>;
  org: TestOrg;
  channel: BlueskyChannel;
  browser: Browser;
  close(): Promise<void>;
}

export async function openBlueskyStage(opts: { account: string; actors: string[]; inboxTemplates?: boolean }): Promise<BlueskyStage> {
  const open: Partial<BlueskyStage> = {};
  const close = async () => {
    await open.browser?.close();
    await open.server?.close();
    await open.network?.stop();
  };
  try {
    open.network = await blueskyNetwork();
    const ours = await open.network.createAccount(opts.account);
    const actors = await Promise.all(opts.actors.map((name) => open.network!.createActor(name)));
    // The network listens on loopback: a private target, allowed only by this setting.
    open.server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
    const org = await buildOrg(open.server);
    if (opts.inboxTemplates) await seedDefaultTemplates(open.server.database.db, org.id);
    const channel = await addBlueskyChannel(open.server, org.id, open.network, ours);
    open.browser = await launchBrowser();
    return { network: open.network, ours, actors, server: open.server, org, channel, browser: open.browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
