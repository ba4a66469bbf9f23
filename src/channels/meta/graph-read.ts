// What a failed Graph read means to the inbox engine, and what the Facebook and Instagram readers share.
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

export { advance, FIRST_LOOK_MS, isNew, type TimeMark } from '../time-mark';

/** Texts as compared when settling an answer: Meta keeps them as sent, give or take white space. */
export const sameText = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
