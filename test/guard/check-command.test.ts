import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real executable: `zorgpost check` goes straight to the guard (bin/zorgpost.mjs) and keeps
// its JSONL input and output format.
const bin = fileURLToPath(new URL('../../bin/zorgpost.mjs', import.meta.url));

function check(args: string[], input: string) {
  const res = spawnSync(process.execPath, [bin, 'check', ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('zorgpost check (executable)', () => {
  it('answers one JSON line per input line, errors included, with the exit code', () => {
    const input = `${JSON.stringify({ id: 1, text: 'Hi Shauna, your scan results are delayed.', kind: 'reply', lang: 'en' })}\nnot json\n`;
    const { code, out } = check(['--jsonl'], input);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 1, verdict: 'block' });
    expect(lines[0].findings.map((f: { rule: string }) => f.rule)).toContain('person-with-health');
    expect(Object.keys(lines[0].findings[0]).sort()).toEqual(['end', 'message', 'rule', 'severity', 'start']);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('invalid JSON') });
    expect(code).toBe(1);
  });
  it('rejects an unknown option with the usage text', () => {
    const { code, err } = check(['--nope'], '');
    expect(code).toBe(2);
    expect(err).toContain('Usage: zorgpost check');
  });
});
