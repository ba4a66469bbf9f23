// What a failed Graph read means to the inbox engine, and what the Facebook and Instagram readers share.
import type { PublishOutcome } from '../channel-adapter';
import { refusalIn } from '../../net/safe-fetch';
import { ChannelReadError } from '../reading';
import { GraphError } from './graph';

/** Meta sends no Retry-After; without its usage estimate come back in a quarter of an hour. */
const DEFAULT_WAIT_MS = 15 * 60_000;

export function graphReadError(network: string, error: unknown): ChannelReadError {
  if (error instanceof ChannelReadError) return error;
  if (refusalIn(error)) return new ChannelReadError(`${network}: the address is refused`, { retryable: false, channelProblem: true, blocked: 'revoked' });
  if (!(error instanceof GraphError)) return new ChannelReadError(`${network} could not be reached: ${(error as Error).message}`, { retryable: true });
  if (error.rateLimited)
    return new ChannelReadError(`${network} is rate-limiting this account (code ${error.code})`, {
      retryable: true,
      retryAfterMs: error.retryAfterMs ?? DEFAULT_WAIT_MS,
    });
  if (lacksPermission(error))
    // Connected before the inbox asked for it: reading waits for a reconnect, publishing goes on (not a channel problem).
    return new ChannelReadError(`${network}: the connection lacks the inbox permissions; connect the channel again to grant them (${error.message})`, {
      retryable: false,
      blocked: 'permissions',
    });
  if (error.grantGone)
    return new ChannelReadError(`${network} no longer accepts the connection: ${error.message}`, {
      retryable: false,
      channelProblem: true,
      blocked: 'revoked',
    });
  return new ChannelReadError(`${network} answered ${error.status}: ${error.message}`, { retryable: error.status >= 500 });
}

/** A permission the grant lacks ((#10), (#200)–(#299)), as opposed to a token that no longer works (190, 102). */
export const lacksPermission = (error: GraphError) => error.code === 10 || (error.code >= 200 && error.code <= 299);

/** An answer refused for a permission the grant lacks: the answer fails, the channel keeps publishing. */
export function permissionOutcome(network: string, error: unknown): PublishOutcome | null {
  if (!(error instanceof GraphError) || !lacksPermission(error)) return null;
  return {
    kind: 'failed',
    retryable: false,
    reason: `${network}: the connection lacks the inbox permissions; connect the channel again (${error.message})`,
    code: 'post_refused',
  };
}

/** Runs a read, turning its failure into a ChannelReadError. */
export async function graphRead<T>(network: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw graphReadError(network, error);
  }
}

export { advance, decodeMark, decodeSubMark, encodeMark, FIRST_LOOK_MS, isNew, type TimeMark, withSubMark } from '../time-mark';

/** Texts as compared when settling an answer: Meta keeps them as sent, give or take white space. */
export const sameText = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
