import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The real executable, run from an empty directory with no database settings: `zorgpost triage`
// must work in a fresh clone without a database and leave nothing behind.
const bin = fileURLToPath(new URL('../../bin/zorgpost.mjs', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'zp-triage-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function triage(args: string[], input: string) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ZORGPOST_DATA;
  const res = spawnSync(process.execPath, [bin, 'triage', ...args], { input, cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('zorgpost triage --jsonl (executable)', () => {
  it('prints one line per input with id, category and urgent, and touches no database', () => {
    const input = [
      { id: 'a', text: 'Ik wil er niet meer zijn, niemand mist me', lang: 'nl' },
      { id: 2, text: 'Which desk takes the urine samples?' },
      { id: 'c', text: "I'm dying to know when the new ward opens!" },
      { id: 'd', text: 'my son swallowed a coin cell battery', lang: 'en' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { code, out } = triage(['--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    expect(lines(out)).toEqual([
      { id: 'a', category: 'crisis', urgent: true },
      { id: 2, category: 'question', urgent: false },
      { id: 'c', category: expect.not.stringMatching(/^crisis$/), urgent: false },
      { id: 'd', category: 'crisis', urgent: true },
    ]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('answers a bad line with an error naming its line number, goes on with the rest, and exits 1', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Dank jullie wel voor alle zorg!' }),
      'not json',
      '',
      JSON.stringify({ id: 4, text: 42 }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 6, text: 'Hallo', lang: 'de' }),
      JSON.stringify({ id: 7, text: 'mijn vader ademt niet meer' }),
    ].join('\n');
    const { code, out, err } = triage(['--jsonl'], input);
    expect(code).toBe(1);
    expect(lines(out)).toEqual([
      { id: 1, category: 'compliment', urgent: false },
      { id: null, line: 2, error: expect.stringMatching(/^line 2: invalid JSON/) },
      { id: 4, line: 4, error: 'line 4: field "text" must be a string' },
      { id: null, line: 5, error: 'line 5: field "id" must be a string or a number' },
      { id: 6, line: 6, error: 'line 6: field "lang" must be "nl" or "en"' },
      { id: 7, category: 'crisis', urgent: true },
    ]);
    expect(err).toContain('4 of 7 line(s) could not be read');
    expect(err).toContain('zorgpost triage: line 4: field "text" must be a string');
  });

  it('triages one plain message without --jsonl, and refuses unknown options with the usage', () => {
    expect(JSON.parse(triage([], 'Opeens heeft mijn man de ergste hoofdpijn ooit, een donderslag\n').out)).toEqual({ category: 'crisis', urgent: true });
    const bad = triage(['--nope'], '');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Usage: zorgpost triage');
  });
});
