import { createInterface } from 'node:readline';
import { triageText } from '../triage/triage.ts';

// `zorgpost triage`: classify messages read on stdin. Pure text work: never opens a database.

export interface TriageIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: zorgpost triage [--lang nl|en] [--jsonl]
  Reads one message on stdin and prints {"category","urgent"} as one JSON line.
  --jsonl  read one JSON object per line ({"id","text","lang"?}) and print {"id","category","urgent"}
           per line; a bad line prints {"id","line","error"} and the exit code is 1 at the end.
  --lang   the language when a line does not say (default: detected per message).
`;

type Lang = 'nl' | 'en';

function parseArgs(args: string[]): { jsonl: boolean; lang?: Lang } | string {
  const out: { jsonl: boolean; lang?: Lang } = { jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag === '--jsonl' && inline === undefined) out.jsonl = true;
    else if (flag === '--lang') {
      const value = inline ?? args[++i];
      if (value !== 'nl' && value !== 'en') return `--lang must be nl or en, got ${value ?? 'nothing'}`;
      out.lang = value;
    } else return `unknown option ${arg}`;
  }
  return out;
}

/** One JSONL record, or the reason it cannot be triaged. */
function parseRecord(line: string): { id: unknown; error: string } | { id: string | number; text: string; lang?: Lang } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'each line must be a JSON object' };
  const rec = value as Record<string, unknown>;
  const id = rec.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: id ?? null, error: 'field "id" must be a string or a number' };
  if (typeof rec.text !== 'string') return { id, error: 'field "text" must be a string' };
  if (rec.lang !== undefined && rec.lang !== 'nl' && rec.lang !== 'en') return { id, error: 'field "lang" must be "nl" or "en"' };
  return { id, text: rec.text, lang: rec.lang as Lang | undefined };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runTriage(args: string[], io: TriageIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`zorgpost triage: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (!parsed.jsonl) {
    const text = (await readAll(io.stdin)).replace(/\r?\n$/, '');
    const { category, urgent } = triageText(text, parsed.lang);
    io.stdout.write(`${JSON.stringify({ category, urgent })}\n`);
    return 0;
  }
  let bad = 0;
  let lineNo = 0;
  // Line by line as it arrives: a long batch streams, and a bad line stops nothing.
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    const rec = parseRecord(line);
    if ('error' in rec) {
      bad++;
      io.stdout.write(`${JSON.stringify({ id: rec.id, line: lineNo, error: `line ${lineNo}: ${rec.error}` })}\n`);
      continue;
    }
    const { category, urgent } = triageText(rec.text, rec.lang ?? parsed.lang);
    io.stdout.write(`${JSON.stringify({ id: rec.id, category, urgent })}\n`);
  }
  if (bad > 0) io.stderr.write(`zorgpost triage: ${bad} line(s) could not be read (see the error lines)\n`);
  return bad > 0 ? 1 : 0;
}
