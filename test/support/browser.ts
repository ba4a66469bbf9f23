/**
 * Real Chromium for browser tests (engineering principle 8), driven by playwright-core.
 * Uses Debian's /usr/bin/chromium (installed by scripts/ensure-system-deps.sh), never a
 * downloaded browser build.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
