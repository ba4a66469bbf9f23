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
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  // Reverse proxies whose X-Forwarded-For is believed (addresses and CIDR ranges, comma-separated).
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      for (const message of value ? trustedProxyProblems(value) : []) ctx.addIssue({ code: 'custom', message });
    }),
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
