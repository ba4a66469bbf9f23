import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';

async function run(args: string[], input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(input);
  const code = await runCheck(args, { stdin, stdout, stderr });
  return { code, out, err };
}

describe('zorgpost check', () => {
  it('checks one text from stdin and prints one JSON line', async () => {
    const { code, out } = await run([], 'Bel Jan op 06-12345678\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const res = JSON.parse(lines[0]!);
    expect(res.verdict).toBe('block');
    expect(res.findings).toEqual([{ rule: 'phone', severity: 'block', start: 11, end: 22, message: expect.stringContaining('telefoonnummer') }]);
  });
  it('prints messages in the chosen language and honours --kind', async () => {
    const { out } = await run(['--lang', 'en', '--kind=reply'], 'Vervelend dat uw controle gisteren zo uitliep.');
    const res = JSON.parse(out);
    expect(res.verdict).toBe('block');
    expect(res.findings[0].message).toMatch(/confirms that someone is or was a patient/);
  });
  it('reports ok for a clean text', async () => {
    const { out } = await run([], 'Morgen is de open dag. Iedereen is welkom!');
    expect(JSON.parse(out)).toEqual({ verdict: 'ok', findings: [] });
  });
  it('--jsonl: one result per line, errors per bad line, exit 1 at the end', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Mail anna.devries@gmail.com' }),
      'not json',
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify({ id: 'b', text: 'Welkom!', lang: 'fr' }),
      '',
      JSON.stringify({ id: 'c', text: 'Sorry your test results were late, we have chased the lab.', kind: 'reply', lang: 'en' }),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], input);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a', verdict: 'block', findings: [{ rule: 'email' }] });
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toEqual({ id: 7, error: 'field "text" must be a string' });
    expect(lines[3]).toEqual({ id: 'b', error: 'field "lang" must be "nl" or "en"' });
    expect(lines[4]).toMatchObject({ id: 'c', verdict: 'block', findings: [{ rule: 'patient-confirmation' }] });
  });
  it('--jsonl with only good lines exits 0', async () => {
    const { code, out } = await run(['--jsonl'], `${JSON.stringify({ id: 1, text: 'Fijne dag!' })}\n`);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ id: 1, verdict: 'ok', findings: [] });
  });
  it('rejects unknown flags and bad values with a usage message and exit 2', async () => {
    for (const args of [['--foo'], ['--lang', 'de'], ['--kind']]) {
      const { code, err, out } = await run(args, '');
      expect(code).toBe(2);
      expect(err).toMatch(/Usage: zorgpost check/);
      expect(out).toBe('');
    }
  });
});
