// Login limits that slow guessing without letting anyone lock a person out.
//
// Every attempt (a password at login, or the current password when changing it) is counted
// before the password is checked, and taken back when it was right, under three keys in the
// last 15 minutes:
//   pair:<address>|<e-mail>  the attacker's own key. After 10 failures this pair is refused (429)
//                            until its oldest failure leaves the window. It is keyed on the
//                            address too, so guessing from address A never blocks the person
//                            logging in from address B, and ten guesses every 15 minutes only
//                            ever keep the guesser's own pair waiting.
//   ip:<address>             everyone behind one address (an office, or an untrusted proxy).
//                            Never refuses: past 50 failures each attempt from that address is
//                            answered a little later (1 s more per 50 failures, at most 5 s).
//   email:<e-mail>           one account guessed from many addresses. Never refuses either:
//                            past 20 failures each attempt for it waits (1 s more per 20, max 5 s).
// So the right password always works — at once from any other address, after the wait from the
// guessing one — while a guesser gets at most 10 tries per 15 minutes per address and account,
// and distributed guessing is slowed down. The address comes from TRUST_PROXY (config).
import { and, count, eq, gt, inArray, lt, min, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginAttempts } from '../../db/schema';
import { AppError } from '../errors';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_PAIR = 10;
export const SLOW_DOWN_AFTER_PER_ADDRESS = 50;
export const SLOW_DOWN_AFTER_PER_EMAIL = 20;
const MAX_DELAY_MS = 5000;

export interface AttemptKeys {
  pair: string;
  ip: string;
  email: string;
}

export function attemptKeys(email: string, clientAddress: string): AttemptKeys {
  return { pair: `pair:${clientAddress}|${email}`, ip: `ip:${clientAddress}`, email: `email:${email}` };
}

const windowStart = () => new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);

async function failures(db: Db, key: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/** The slow-down for a key past its soft limit: 1 s more per `step` failures, at most 5 s. */
const delayFor = (n: number, step: number) => (n < step ? 0 : Math.min(MAX_DELAY_MS, Math.floor(n / step) * 1000));

export interface Attempt {
  keys: AttemptKeys;
  ids: string[];
  /** The pair's attempts in the window, this one included. */
  pairCount: number;
}

/**
 * Before checking a password: counts this attempt under the three keys FIRST (so a burst of
 * parallel requests cannot all pass the check before any failure is recorded), refuses a locked
 * pair (429 with the minutes left; its row is taken back), and waits when the address or the
 * account has many failures. A success takes the attempt back again (`attemptSucceeded`).
 */
export async function beginAttempt(db: Db, keys: AttemptKeys, sleep: (ms: number) => Promise<void> = defaultSleep): Promise<Attempt> {
  const since = windowStart();
  await db.delete(loginAttempts).where(lt(loginAttempts.at, since));
  const rows = await db
    .insert(loginAttempts)
    .values([{ key: keys.pair }, { key: keys.ip }, { key: keys.email }])
    .returning({ id: loginAttempts.id });
  const ids = rows.map((r) => r.id);
  const pair = await failures(db, keys.pair, since);
  if (pair.n > MAX_FAILURES_PER_PAIR) {
    await db.delete(loginAttempts).where(inArray(loginAttempts.id, ids));
    const freeAt = (pair.oldest ? new Date(pair.oldest).getTime() : Date.now()) + LOGIN_WINDOW_MINUTES * 60_000;
    const minutes = Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000));
    throw new AppError(429, 'too_many_attempts', { minutes });
  }
  const ip = await failures(db, keys.ip, since);
  const email = await failures(db, keys.email, since);
  const delay = Math.max(delayFor(ip.n - 1, SLOW_DOWN_AFTER_PER_ADDRESS), delayFor(email.n - 1, SLOW_DOWN_AFTER_PER_EMAIL));
  if (delay > 0) await sleep(delay);
  return { keys, ids, pairCount: pair.n };
}

/** The attempt failed: it stays counted. Tells whether it was the one that locked the pair. */
export function attemptFailed(attempt: Attempt): { lockedNow: boolean } {
  return { lockedNow: attempt.pairCount === MAX_FAILURES_PER_PAIR };
}

/** The right password: the pair starts afresh, and this attempt does not count for the address or account. */
export async function attemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  await db.delete(loginAttempts).where(or(eq(loginAttempts.key, attempt.keys.pair), inArray(loginAttempts.id, attempt.ids)));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
