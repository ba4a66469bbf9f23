// The shape every text command shares (`zorgpost triage`, `zorgpost sentiment`): one text on stdin,
// or with --jsonl one {"id","text","lang"?} per line answered line by line as it arrives — a bad line
// is answered in its place with {"id","line","error"} and stops nothing; exit 1 at the end if any was
// bad, 2 for a bad option. Pure text work: never opens a database.
import { createInterface } from 'node:readline';

export interface TextIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export type Lang = 'nl' | 'en';

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

/** One JSONL record, or what is wrong with it. */
export function parseTextRecord(line: string): { id: unknown; error: string } | { id: string | number; text: string; lang?: Lang } {
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

export async function runTextCommand(
  command: { name: string; usage: string; answer: (text: string, lang?: Lang) => Record<string, unknown> },
  args: string[],
  io: TextIo,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`zorgpost ${command.name}: ${parsed}\n${command.usage}`);
    return 2;
  }
  if (!parsed.jsonl) {
    const text = (await readAll(io.stdin)).replace(/\r?\n$/, '');
    io.stdout.write(`${JSON.stringify(command.answer(text, parsed.lang))}\n`);
    return 0;
  }
  let bad = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    const rec = parseTextRecord(line);
    if ('error' in rec) {
      bad++;
      const error = `line ${lineNo}: ${rec.error}`;
      io.stdout.write(`${JSON.stringify({ id: rec.id, line: lineNo, error })}\n`);
      io.stderr.write(`zorgpost ${command.name}: ${error}\n`);
      continue;
    }
    io.stdout.write(`${JSON.stringify({ id: rec.id, ...command.answer(rec.text, rec.lang ?? parsed.lang) })}\n`);
  }
  if (bad > 0) io.stderr.write(`zorgpost ${command.name}: ${bad} of ${lineNo} line(s) could not be read (see the error lines)\n`);
  return bad > 0 ? 1 : 0;
}
