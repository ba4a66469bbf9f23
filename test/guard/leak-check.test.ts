// The guard's held-out texts (corpus holdout and the independent situations set) are quoted
// nowhere in src/, test/ or docs/: the figures in docs/guard.md stay held-out figures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('no source, test or doc shares five words with a held-out guard text', async () => {
  const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'eval/guard/leak-check.ts'], { timeout: 60_000 }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );
  expect(run.out).toMatch(/^0 line\(s\) quote a held-out text/m);
  expect(run.code).toBe(0);
}, 90_000);
