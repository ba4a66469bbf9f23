// `zorgpost sentiment`: the sentiment indication of text on stdin (the shared shape: text-command.ts).
import { sentimentOf } from '../sentiment/sentiment.ts';
import { type TextIo, runTextCommand } from './text-command.ts';

const USAGE = `Usage: zorgpost sentiment [--lang nl|en] [--jsonl]
  Reads one text on stdin and prints {"sentiment","score"} as one JSON line
  (sentiment: positive, negative or neutral; score -1 … 1: an indication, not a verdict).
  --jsonl  read one JSON object per line ({"id","text","lang"?}) and print {"id","sentiment","score"} per line;
           a bad line prints {"id","line","error"} in its place (and the message on stderr), the others go on.
  --lang   the language when a text does not say (otherwise detected).
`;

export function runSentiment(args: string[], io: TextIo): Promise<number> {
  return runTextCommand(
    {
      name: 'sentiment',
      usage: USAGE,
      answer: (text, lang) => {
        const { sentiment, score } = sentimentOf(text, lang);
        return { sentiment, score };
      },
    },
    args,
    io,
  );
}
