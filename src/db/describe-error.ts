// One line for a log about an unexpected error, without the data it was about. A failed query's
// message carries its parameters (Drizzle: "Failed query: … params: …", PostgreSQL: "Key
// (email)=(…)", "invalid input syntax …: \"…\""), and those held password hashes, e-mail
// addresses and post texts. Logged instead: the error class, the SQL state code, the constraint,
// the query text with its $1 placeholders, and where in our code it happened.

type Described = Error & { query?: unknown; params?: unknown; code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };

/** A class name worth reading (bundled libraries have one-letter names). */
const className = (e: Error) => (e.constructor?.name && e.constructor.name.length > 2 ? e.constructor.name : e.name);

const SQLSTATE = /^[0-9A-Z]{5}$/;
const isDbErrorItself = (e: Described) => (typeof e.query === 'string' && 'params' in e) || (typeof e.code === 'string' && SQLSTATE.test(e.code));

/** The first stack frames, without the message line (which may repeat the data). */
function frames(error: Error, n = 4): string {
  const lines = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return lines
    .slice(0, n)
    .map((l) => l.trim())
    .join(' | ');
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const chain: Described[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e as Described);
  const db = chain.find(isDbErrorItself);
  if (db) {
    const withCode = chain.find((e) => typeof e.code === 'string' && SQLSTATE.test(e.code));
    const withQuery = chain.find((e) => typeof e.query === 'string');
    const parts = [`database error ${chain.map(className).join(' < ')}`];
    if (withCode) parts.push(`SQLSTATE ${withCode.code}`);
    if (typeof withCode?.constraint === 'string') parts.push(`constraint ${withCode.constraint}`);
    if (typeof withCode?.table === 'string') parts.push(`table ${withCode.table}`);
    if (typeof withQuery?.query === 'string') parts.push(`query: ${withQuery.query.replace(/\s+/g, ' ').slice(0, 400)}`);
    parts.push(`at ${frames(error)}`);
    return parts.join('; ');
  }
  // Not from the database: the message is ours (or a library's) and names no stored data.
  return `${className(error)}: ${error.message.split('\n')[0]!.slice(0, 300)}; at ${frames(error)}`;
}

/** Whether an error (or one it wraps) came from the database, so its message may hold data. */
export function isDatabaseError(error: unknown): boolean {
  for (let e: unknown = error, n = 0; e instanceof Error && n < 5; e = (e as { cause?: unknown }).cause, n++) {
    if (isDbErrorItself(e as Described)) return true;
  }
  return false;
}
