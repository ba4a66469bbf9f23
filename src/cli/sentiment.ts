import { createInterface } from 'node:readline';
import { sentimentOf } from '../sentiment/sentiment.ts';
import type { SentimentLang } from '../sentiment/tokens.ts';
import type { CheckIo } from './check.ts';

// `zorgpost sentiment`: the sentiment indication of text on stdin. Never touches a database.

const USAGE = `Usage: zorgpost sentiment [--lang nl|en] [--jsonl]
  Reads one text on stdin and prints {"sentiment","score"} as one JSON line
  (sentiment: positive, negative or neutral; score -1 … 1: an indication, not a verdict).
  --jsonl  read one JSON object per line ({"id","text","lang"?}) and print {"id","sentiment","score"} per line;
           a bad line prints {"id","line","error"} in its place (and the message on stderr), the others go on.
  --lang   the language when a text does not say (otherwise detected).
`;

function parseArgs(args: string[]): { lang?: SentimentLang; jsonl: boolean } | string {
  const out: { lang?: SentimentLang; jsonl: boolean } = { jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--jsonl' && inline === undefined) out.jsonl = true;
    else if (flag === '--lang') {
      const value = inline ?? args[++i];
      if (value !== 'nl' && value !== 'en') return `--lang must be nl or en, got ${value ?? 'nothing'}`;
      out.lang = value;
    } else return `unknown option ${arg}`;
  }
  return out;
}

type Parsed = { id: unknown; error: string } | { id: string | number; text: string; lang?: SentimentLang };

/** One input line: the fields to score, or what is wrong with it. */
export function parseSentimentLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'each line must be a JSON object' };
  const rec = value as Record<string, unknown>;
  const id = rec.id ?? null;
  if (typeof rec.id !== 'string' && typeof rec.id !== 'number') return { id, error: 'field "id" must be a string or a number' };
  if (typeof rec.text !== 'string') return { id, error: 'field "text" must be a string' };
  if (rec.lang !== undefined && rec.lang !== null && rec.lang !== 'nl' && rec.lang !== 'en') return { id, error: 'field "lang" must be "nl" or "en"' };
  return { id: rec.id, text: rec.text, lang: (rec.lang ?? undefined) as SentimentLang | undefined };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runSentiment(args: string[], io: CheckIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`zorgpost sentiment: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (!parsed.jsonl) {
    const { sentiment, score } = sentimentOf((await readAll(io.stdin)).replace(/\r?\n$/, ''), parsed.lang);
    io.stdout.write(`${JSON.stringify({ sentiment, score })}\n`);
    return 0;
  }
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    const rec = parseSentimentLine(line);
    if ('error' in rec) {
      failed++;
      io.stdout.write(`${JSON.stringify({ id: rec.id, line: lineNo, error: rec.error })}\n`);
      io.stderr.write(`zorgpost sentiment: line ${lineNo}: ${rec.error}\n`);
      continue;
    }
    const { sentiment, score } = sentimentOf(rec.text, rec.lang ?? parsed.lang);
    io.stdout.write(`${JSON.stringify({ id: rec.id, sentiment, score })}\n`);
  }
  if (failed > 0) io.stderr.write(`zorgpost sentiment: ${failed} of ${lineNo} line(s) could not be read\n`);
  return failed > 0 ? 1 : 0;
}
