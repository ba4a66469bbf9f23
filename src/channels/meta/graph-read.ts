// What a failed Graph read means to the inbox engine, and the cursor the Facebook and Instagram
// readers share: the newest creation time seen and the ids seen at that moment (Graph times have
// whole seconds; two comments in one second must not hide each other).
import { refusalIn } from '../../net/safe-fetch';
import { ChannelReadError } from '../reading';
import { GraphError } from './graph';

/** Meta sends no Retry-After; without its usage estimate come back in a quarter of an hour. */
const DEFAULT_WAIT_MS = 15 * 60_000;

export function graphReadError(network: string, error: unknown): ChannelReadError {
  if (error instanceof ChannelReadError) return error;
  if (refusalIn(error)) return new ChannelReadError(`${network}: the address is refused`, { retryable: false, channelProblem: true });
  if (!(error instanceof GraphError)) return new ChannelReadError(`${network} could not be reached: ${(error as Error).message}`, { retryable: true });
  if (error.rateLimited)
    return new ChannelReadError(`${network} is rate-limiting this account (code ${error.code})`, {
      retryable: true,
      retryAfterMs: error.retryAfterMs ?? DEFAULT_WAIT_MS,
    });
  if (error.grantGone) return new ChannelReadError(`${network} no longer accepts the connection: ${error.message}`, { retryable: false, channelProblem: true });
  return new ChannelReadError(`${network} answered ${error.status}: ${error.message}`, { retryable: error.status >= 500 });
}

/** Runs a read, turning its failure into a ChannelReadError. */
export async function graphRead<T>(network: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw graphReadError(network, error);
  }
}

export interface TimeMark {
  /** Epoch ms of the newest item seen. */
  at: number;
  /** Ids seen with exactly that time. */
  ids: string[];
}

/** Newer than the mark (or at its second and not seen yet). */
export const isNew = (mark: TimeMark, id: string, at: number) => at > mark.at || (at === mark.at && !mark.ids.includes(id));

/** The mark after these items. */
export function advance(mark: TimeMark, items: { id: string; at: number }[]): TimeMark {
  let next = mark;
  for (const i of items) {
    if (i.at > next.at) next = { at: i.at, ids: [i.id] };
    else if (i.at === next.at && !next.ids.includes(i.id)) next = { at: next.at, ids: [...next.ids, i.id] };
  }
  return next;
}

/** How far back a channel read for the first time looks: a day, not its whole past. */
export const FIRST_LOOK_MS = 24 * 3_600_000;

/** Texts as compared when settling an answer: Meta keeps them as sent, give or take white space. */
export const sameText = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
