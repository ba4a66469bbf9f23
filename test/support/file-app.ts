// One test app for a whole test file, as hooks: made before the file's first test, closed after its last.
// The file's own beforeAll hooks run after this one (registered later), its afterAll hooks before the close.
import { afterAll, beforeAll } from 'vitest';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export interface FileApp {
  readonly t: TestApp;
  db(): TestApp['database']['db'];
  deps(): { secrets: TestApp['deps']['secrets']; net: Outbound };
}

/** Registers the hooks; call it once at the top of a test file. `env`: the app's settings. */
export function withTestApp(env: Record<string, string> = {}): FileApp {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(env);
  });
  afterAll(async () => {
    await t?.close();
  });
  return {
    get t() {
      return t;
    },
    db: () => t.database.db,
    deps: () => ({ secrets: t.deps.secrets, net: t.deps.net }),
  };
}
