import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The real executable, run from an empty folder with no database settings: `zorgpost sentiment`
// must answer without a database, one JSON line per input line, naming the line of a bad one.
const bin = fileURLToPath(new URL('../../bin/zorgpost.mjs', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'zp-sentiment-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function run(args: string[], input: string) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ZORGPOST_DATA;
  const res = spawnSync(process.execPath, [bin, 'sentiment', ...args], { input, cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('zorgpost sentiment (executable)', () => {
  it('scores each JSONL line, reports a bad line by its number and still scores the rest', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'De thuiszorg is altijd vriendelijk en zorgzaam, heel erg bedankt!' }),
      '{"id": "b", "text": ',
      '',
      JSON.stringify({ id: 7, text: 'We were kept on hold for an hour and nobody called back. Appalling.', lang: 'en' }),
      JSON.stringify({ id: 'd', text: 'Hoe lang is de apotheek vandaag nog open?', lang: 'nl' }),
      JSON.stringify({ id: 'e', text: 'no language code', lang: 'de' }),
    ].join('\n');
    const { code, out, err } = run(['--jsonl'], `${input}\n`);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', sentiment: 'positive', score: expect.any(Number) },
      { id: null, line: 2, error: expect.stringMatching(/^line 2: invalid JSON/) },
      { id: 7, sentiment: 'negative', score: expect.any(Number) },
      { id: 'd', sentiment: 'neutral', score: expect.any(Number) },
      { id: 'e', line: 6, error: 'line 6: field "lang" must be "nl" or "en"' },
    ]);
    expect(lines[0].score).toBeGreaterThan(0);
    expect(lines[2].score).toBeLessThan(0);
    expect(err).toContain('line 2: invalid JSON');
    expect(err).toContain('line 6: field "lang"');
    expect(code).toBe(1);
    expect(readdirSync(cwd)).toEqual([]); // no data folder, no database
  });

  it('scores one plain text and exits 0; rejects an unknown option with the usage', () => {
    const ok = run([], 'Wat een onbeschofte behandeling aan de balie.\n');
    expect(JSON.parse(ok.out)).toEqual({ sentiment: 'negative', score: expect.any(Number) });
    expect(ok.code).toBe(0);
    const bad = run(['--verbose'], '');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Usage: zorgpost sentiment');
  });
});
