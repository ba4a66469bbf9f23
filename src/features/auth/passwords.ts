import os from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { concurrencyLimit } from './concurrency-limit';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations).
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// hash and verify run on libuv's thread pool (napi async work), never on the event loop. Each one
// takes a whole core for 40–100 ms, though, and the pool runs four at once: on a two-core machine
// a burst of logins would take the core the event loop needs, and every other request would wait.
// So at most one fewer than the cores hash at once (at least one); further logins wait their turn.
const argon2Slot = concurrencyLimit(Math.max(1, os.availableParallelism() - 1));

export function hashPassword(password: string): Promise<string> {
  return argon2Slot(() => hash(password, options));
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await argon2Slot(() => verify(stored, password));
  } catch {
    return false;
  }
}

// Verifying against this when the e-mail is unknown keeps the answer time the same.
export const DUMMY_HASH = await hashPassword('not-a-real-password-0000');
