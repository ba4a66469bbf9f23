// The app on a real loopback port, serving the built web app, for browser tests.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createTestApp, type TestApp } from './test-app.ts';

/** `env`: extra configuration, e.g. ZORGPOST_ALLOW_PRIVATE_TARGETS for a channel on loopback, or a public
 *  https PUBLIC_URL whose requests the test routes to this server itself (connect-instagram.test.ts). */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestApp & { url: string }> {
  const webDir = path.resolve('dist/web');
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` first');
  // PUBLIC_URL matches the served address by default, so feed links and cookies work in the browser.
  const probe = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => probe.once('listening', () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ PUBLIC_URL: url, ...env }, { webDir });
  const server = serve({ fetch: t.app.fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    ...t,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}
