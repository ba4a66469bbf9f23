// Configuration is validated once at boot, with messages that name the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

const SECRET = 'a'.repeat(64);

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('defaults', () => {
  it('gives a working embedded setup with an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.ZORGPOST_SECRET).toBeUndefined();
    expect(c.ZORGPOST_DATA).toBe('./data');
    expect(c.MEDIA_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(c.SESSION_DAYS).toBe(14);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.secureCookies).toBe(false);
  });

  it('treats empty strings as not set', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: '', PUBLIC_URL: '' });
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers from strings and derives the public URL from the port', () => {
    const c = loadConfig({ PORT: '8080', MEDIA_MAX_BYTES: '1000', SESSION_DAYS: '30' });
    expect(c.PORT).toBe(8080);
    expect(c.MEDIA_MAX_BYTES).toBe(1000);
    expect(c.SESSION_DAYS).toBe(30);
    expect(c.publicUrl).toBe('http://localhost:8080');
  });
});

describe('invalid values name the variable', () => {
  it.each(['0', '70000', 'abc', '80.5', '-1'])('PORT=%s', (port) => {
    const e = configError({ PORT: port });
    expect(e.message).toContain('PORT');
  });

  it.each(['mysql://localhost/zorg', 'localhost:5432', 'http://db/zorg'])('DATABASE_URL=%s', (url) => {
    const e = configError({ DATABASE_URL: url, ZORGPOST_SECRET: SECRET });
    expect(e.message).toContain('DATABASE_URL');
    expect(e.message).not.toContain('PORT');
  });

  it.each(['short', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65)])('ZORGPOST_SECRET=%s', (secret) => {
    const e = configError({ ZORGPOST_SECRET: secret });
    expect(e.message).toContain('ZORGPOST_SECRET');
  });

  it('names every wrong variable at once', () => {
    const e = configError({ PORT: 'x', SESSION_DAYS: '365', PUBLIC_URL: 'not a url' });
    expect(e.message).toContain('PORT');
    expect(e.message).toContain('SESSION_DAYS');
    expect(e.message).toContain('PUBLIC_URL');
  });

  it('does not echo the secret value in the message', () => {
    const e = configError({ ZORGPOST_SECRET: 'my-precious-but-wrong-secret' });
    expect(e.message).not.toContain('my-precious-but-wrong-secret');
  });
});

describe('a PostgreSQL server needs a secret', () => {
  it('refuses DATABASE_URL without ZORGPOST_SECRET', () => {
    const e = configError({ DATABASE_URL: 'postgres://zorg@db/zorg' });
    expect(e.message).toContain('ZORGPOST_SECRET');
  });

  it('accepts DATABASE_URL with a valid ZORGPOST_SECRET', () => {
    for (const url of ['postgres://zorg@db/zorg', 'postgresql://zorg:pw@db:5432/zorg']) {
      const c = loadConfig({ DATABASE_URL: url, ZORGPOST_SECRET: SECRET });
      expect(c.DATABASE_URL).toBe(url);
      expect(c.ZORGPOST_SECRET).toBe(SECRET);
    }
  });
});

describe('PUBLIC_URL', () => {
  it('with https turns on Secure cookies and loses its trailing slash', () => {
    const c = loadConfig({ PUBLIC_URL: 'https://zorg.example/' });
    expect(c.publicUrl).toBe('https://zorg.example');
    expect(c.secureCookies).toBe(true);
  });

  it('with http keeps cookies usable without TLS', () => {
    const c = loadConfig({ PUBLIC_URL: 'http://intranet.local:3000' });
    expect(c.publicUrl).toBe('http://intranet.local:3000');
    expect(c.secureCookies).toBe(false);
  });
});

describe('META_HUMAN_AGENT', () => {
  it('is off unless set, takes 1/true/yes for on, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).META_HUMAN_AGENT).toBe(false);
    for (const on of ['1', 'true', 'yes']) expect(loadConfig({ META_HUMAN_AGENT: on }).META_HUMAN_AGENT).toBe(true);
    expect(loadConfig({ META_HUMAN_AGENT: '0' }).META_HUMAN_AGENT).toBe(false);
    expect(configError({ META_HUMAN_AGENT: 'maybe' }).message).toMatch(/META_HUMAN_AGENT: must be true or false/);
  });
});
