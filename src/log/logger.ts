// The running service's log: one JSON object per line on standard output (pino), for journald,
// Docker or any log collector. What goes in: request ids, route patterns, statuses, durations,
// error descriptions without SQL parameters, and a client address only with a failed login (a
// security event). What never does: texts, e-mail addresses, cookies, passwords or credentials.
// Human messages of the CLI stay plain text.
import pino from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
// A wrong LOG_LEVEL is reported by the configuration check at boot, not by a crash at import.
const wanted = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
const level = LEVELS.includes(wanted) ? wanted : 'info';

export const log = pino({
  level,
  base: { app: 'zorgpost', pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // A second line of defence: should a caller pass one of these, it is replaced.
  redact: { paths: ['password', '*.password', 'credentials', '*.credentials', 'cookie', '*.cookie', 'authorization', '*.authorization'], censor: '[redacted]' },
});
