// Configuration comes from the environment and is validated once at boot, with messages that
// name the variable. Every variable is documented in .env.example.
import type { BlockList } from 'node:net';
import { z } from 'zod';
import { parseTrustedProxies, trustedProxyProblems } from './trusted-proxies';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ZORGPOST_DATA: z.string().min(1).default('./data'),
  ZORGPOST_SECRET: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Largest accepted video upload, in bytes (images: MEDIA_MAX_BYTES). 200 MB by default. */
  MEDIA_VIDEO_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  /** Largest accepted request body on /api routes other than media uploads (JSON), in bytes. */
  API_BODY_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  BACKUP_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  // Read by src/log/logger.ts at load; listed here so a wrong value stops the start with a clear message.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters (generate one: openssl rand -hex 24)').optional(),
  /** Lets channels reach loopback and private addresses (an organisation's own intranet); metadata services stay refused. */
  ZORGPOST_ALLOW_PRIVATE_TARGETS: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  // Reverse proxies whose X-Forwarded-For is believed (addresses and CIDR ranges, comma-separated).
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      for (const message of value ? trustedProxyProblems(value) : []) ctx.addIssue({ code: 'custom', message });
    }),
  /** Outgoing mail for notifications (smtp:// or smtps://user:pass@host:port); absent: notifications in the app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must look like smtp://user:password@host:587 or smtps://host:465')
    .optional(),
  /** The sender of notification mails, e.g. "Zorgpost <zorgpost@zorg.example>"; default zorgpost@ the public host. */
  SMTP_FROM: z.string().min(3).max(200).optional(),
  /** The verify token of Meta's webhook subscription (/hooks/meta); with META_APP_SECRET it switches the endpoint on. */
  META_WEBHOOK_VERIFY_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters (generate one: openssl rand -hex 24)')
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  /** The Meta app has Meta's Human Agent permission: a direct message may then be answered up to 7 days after the
   *  person's last message (past the 24 hours) with the HUMAN_AGENT message tag (src/channels/meta/messenger.ts). */
  META_HUMAN_AGENT: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false (1 or 0)' })
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  // The demo accounts' password (`serve --demo`, `demo`); otherwise one is generated per installation.
  ZORGPOST_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
});

export type Config = z.infer<typeof schema> & { publicUrl: string; secureCookies: boolean; trustedProxies: BlockList | null };

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.DATABASE_URL && !c.ZORGPOST_SECRET) {
    throw new ConfigError('Invalid configuration:\n  ZORGPOST_SECRET: required with DATABASE_URL (generate one: openssl rand -hex 32)');
  }
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return { ...c, publicUrl, secureCookies: publicUrl.startsWith('https://'), trustedProxies: parseTrustedProxies(c.TRUST_PROXY) };
}
