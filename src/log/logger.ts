// The running service's log: one JSON object per line on standard output (pino), for journald,
// Docker or any log collector. What goes in: request ids, route patterns, statuses, durations,
// error descriptions without SQL parameters. What never does: texts, e-mail addresses, client
// addresses, cookies, passwords or credentials. Human messages of the CLI stay plain text.
import pino from 'pino';

const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');

export const log = pino({
  level,
  base: { app: 'zorgpost', pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // A second line of defence: should a caller pass one of these, it is replaced.
  redact: { paths: ['password', '*.password', 'credentials', '*.credentials', 'cookie', '*.cookie', 'authorization', '*.authorization'], censor: '[redacted]' },
});
