// `zorgpost triage`: category and urgency of text on stdin (the shared shape: text-command.ts).
import { triageText } from '../triage/triage.ts';
import { type TextIo, runTextCommand } from './text-command.ts';

const USAGE = `Usage: zorgpost triage [--lang nl|en] [--jsonl]
  Reads one message on stdin and prints {"category","urgent"} as one JSON line.
  --jsonl  read one JSON object per line ({"id","text","lang"?}) and print {"id","category","urgent"}
           per line; a bad line prints {"id","line","error"} and the exit code is 1 at the end.
  --lang   the language when a line does not say (default: detected per message).
`;

export function runTriage(args: string[], io: TextIo): Promise<number> {
  return runTextCommand(
    {
      name: 'triage',
      usage: USAGE,
      answer: (text, lang) => {
        const { category, urgent } = triageText(text, lang);
        return { category, urgent };
      },
    },
    args,
    io,
  );
}
