// Network libraries load when first needed: the Bluesky library (@atproto/api, seconds to load)
// is not part of starting the app, only of the first Bluesky call.
import { expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => ({ atproto: false }));
vi.mock('@atproto/api', async (importOriginal) => {
  loaded.atproto = true;
  return importOriginal();
});

it('starts the app and lists channel types without the Bluesky library, and loads it on first use', async () => {
  const { createApp } = await import('../../src/http/app.ts');
  const { adapterFor } = await import('../../src/channels/registry.ts');
  expect(typeof createApp).toBe('function');
  const bluesky = adapterFor('bluesky')!;
  expect(bluesky.connectFields.map((f) => f.name)).toEqual(['identifier', 'appPassword', 'service']);
  expect(loaded.atproto).toBe(false);

  const outcome = await bluesky.publish({ credentials: null } as never);
  expect(outcome.kind).toBe('failed');
  expect(loaded.atproto).toBe(true);
});
