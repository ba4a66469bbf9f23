import { createInterface } from 'node:readline';
import { scanText } from '../guard/scan-text.ts';
import type { GuardResult, Kind, Lang } from '../guard/types.ts';

// `zorgpost check`: run the privacy and compliance guard on stdin. Never touches a database.

export interface CheckIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: zorgpost check [--lang nl|en] [--kind post|reply] [--jsonl]
  Reads one text on stdin and prints {"verdict","findings"} as one JSON line.
  --jsonl  read one JSON object per line ({"id","text","lang"?,"kind"?}) and print one result per line.
`;

interface CheckArgs {
  lang?: Lang;
  kind?: Kind;
  jsonl: boolean;
}

function parseArgs(args: string[]): CheckArgs | string {
  const out: CheckArgs = { jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--jsonl' && inline === undefined) out.jsonl = true;
    else if (flag === '--lang' || flag === '--kind') {
      const value = inline ?? args[++i];
      if (flag === '--lang') {
        if (value !== 'nl' && value !== 'en') return `--lang must be nl or en, got ${value ?? 'nothing'}`;
        out.lang = value;
      } else {
        if (value !== 'post' && value !== 'reply') return `--kind must be post or reply, got ${value ?? 'nothing'}`;
        out.kind = value;
      }
    } else return `unknown option ${arg}`;
  }
  return out;
}

function shape(result: GuardResult, lang: Lang | undefined) {
  const l = lang ?? result.lang;
  return {
    verdict: result.verdict,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: f.message[l],
    })),
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Validate one JSONL record; returns the error text or the fields to scan. */
function parseRecord(line: string): { id: unknown; error: string } | { id: unknown; text: string; lang?: Lang; kind?: Kind } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object' };
  }
  const rec = value as Record<string, unknown>;
  const id = rec.id ?? null;
  if (typeof rec.text !== 'string') return { id, error: 'field "text" must be a string' };
  if (rec.lang !== undefined && rec.lang !== 'nl' && rec.lang !== 'en') return { id, error: 'field "lang" must be "nl" or "en"' };
  if (rec.kind !== undefined && rec.kind !== 'post' && rec.kind !== 'reply') {
    return { id, error: 'field "kind" must be "post" or "reply"' };
  }
  return { id, text: rec.text, lang: rec.lang as Lang | undefined, kind: rec.kind as Kind | undefined };
}

export async function runCheck(args: string[], io: CheckIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`zorgpost check: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (!parsed.jsonl) {
    const text = (await readAll(io.stdin)).replace(/\r?\n$/, '');
    const result = scanText(text, { lang: parsed.lang, kind: parsed.kind });
    io.stdout.write(`${JSON.stringify(shape(result, parsed.lang))}\n`);
    return 0;
  }
  let failed = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const rec = parseRecord(line);
    if ('error' in rec) {
      failed = true;
      io.stdout.write(`${JSON.stringify({ id: rec.id, error: rec.error })}\n`);
      continue;
    }
    const lang = rec.lang ?? parsed.lang;
    const result = scanText(rec.text, { lang, kind: rec.kind ?? parsed.kind });
    io.stdout.write(`${JSON.stringify({ id: rec.id, ...shape(result, lang) })}\n`);
  }
  return failed ? 1 : 0;
}
