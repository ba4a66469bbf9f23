// Reading from Bluesky (inbox, figures, listening) goes through the account's own PDS, which
// proxies app.bsky.* to the AppView. Failures become ChannelReadError: a 429 with when to come
// back, a refused grant as a channel problem (reconnect), anything passing as retryable.
import { ChannelReadError, type ChannelAccess } from '../reading';
import { retryAfter } from './records';
import {
  BlueskyLoginError,
  forgetSession,
  openSession,
  parseCredentials,
  TARGET_REFUSED,
  UNREACHABLE,
  type BlueskyCredentials,
  type BlueskySession,
} from './session';
import { describeFailure, type Failure } from './transport';

/** XRPC errors that mean the session itself is not accepted (expired, revoked, signed out). */
const AUTH_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AuthMissing', 'AccountTakedown']);

function isAuthFailure(failure: Failure): boolean {
  return failure.status === 401 || (failure.error !== undefined && AUTH_ERRORS.has(failure.error));
}

/** How a failed read is reported; `what` names the call for the reason (e.g. "notifications"). */
export function readError(failure: Failure, what: string): ChannelReadError {
  if (failure.refused) return new ChannelReadError(TARGET_REFUSED, { retryable: false, channelProblem: true });
  // A read changes nothing: every transport problem may be retried.
  if (failure.transport) return new ChannelReadError(UNREACHABLE, { retryable: true });
  const status = failure.status ?? 0;
  if (status === 429) return new ChannelReadError(`Bluesky is rate-limiting this account (${what})`, { retryable: true, ...retryAfter(failure) });
  if (isAuthFailure(failure)) {
    return new ChannelReadError(`Bluesky no longer accepts this account's session (${what}): reconnect the channel`, {
      retryable: false,
      channelProblem: true,
    });
  }
  if (status >= 500 || status === 0) return new ChannelReadError(`Bluesky answered ${status || 'an error'} (${what}): ${failure.message}`, { retryable: true });
  return new ChannelReadError(`Bluesky refused the request (${what}): ${failure.message}`, { retryable: false });
}

function loginReadError(error: BlueskyLoginError): ChannelReadError {
  return new ChannelReadError(error.message, {
    retryable: error.retryable,
    ...(error.failure ? retryAfter(error.failure) : {}),
    // A refused login is the grant's problem: reconnecting the channel is what helps.
    ...(!error.retryable && { channelProblem: true }),
  });
}

async function open(credentials: BlueskyCredentials, access: ChannelAccess): Promise<BlueskySession> {
  try {
    return await openSession(credentials, access.net);
  } catch (error) {
    if (error instanceof BlueskyLoginError) throw loginReadError(error);
    throw error;
  }
}

export function readCredentials(access: ChannelAccess): BlueskyCredentials {
  try {
    return parseCredentials(access.credentials);
  } catch (error) {
    throw new ChannelReadError((error as Error).message, { retryable: false, channelProblem: true });
  }
}

/**
 * Runs `read` with the account's session. When Bluesky no longer accepts the kept session
 * (expired, revoked), logs in once afresh and tries again; a refused login is a channel problem.
 */
export async function withReadSession<T>(access: ChannelAccess, what: string, read: (session: BlueskySession) => Promise<T>): Promise<T> {
  const credentials = readCredentials(access);
  let session = await open(credentials, access);
  try {
    return await read(session);
  } catch (thrown) {
    if (thrown instanceof ChannelReadError) throw thrown;
    const failure = describeFailure(thrown);
    // Neither an answer nor a transport fault: a fault of ours, not Bluesky's.
    if (failure.status === undefined && failure.error === undefined && !failure.transport) throw thrown;
    if (!isAuthFailure(failure)) throw readError(failure, what);
  }
  forgetSession(credentials);
  session = await open(credentials, access);
  try {
    return await read(session);
  } catch (thrown) {
    if (thrown instanceof ChannelReadError) throw thrown;
    const failure = describeFailure(thrown);
    if (failure.status === undefined && failure.error === undefined && !failure.transport) throw thrown;
    throw readError(failure, what);
  }
}
