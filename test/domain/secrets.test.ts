// Network credentials are sealed with AES-256-GCM; the key comes from config or a key file.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSecretKey, secretBox } from '../../src/features/secrets.ts';

const key = () => randomBytes(32).toString('hex');
const CREDENTIALS = { accessToken: 'mastodon-token-geheim-1234567890', account: 'zorg@social.example' };

describe('secretBox', () => {
  it('opens what it sealed', () => {
    const box = secretBox(key());
    expect(box.open(box.seal(CREDENTIALS))).toEqual(CREDENTIALS);
  });

  it('keeps unicode and nested values intact', () => {
    const box = secretBox(key());
    const value = { name: 'Zorggroep Ü — 🩺', nested: { list: [1, 'twee', null] } };
    expect(box.open(box.seal(value))).toEqual(value);
  });

  it('does not show the plaintext in the sealed text, in any common encoding', () => {
    const box = secretBox(key());
    const sealed = box.seal(CREDENTIALS);
    expect(sealed).not.toContain(CREDENTIALS.accessToken);
    expect(sealed).not.toContain(Buffer.from(CREDENTIALS.accessToken).toString('base64'));
    expect(sealed).not.toContain(Buffer.from(JSON.stringify(CREDENTIALS)).toString('base64').slice(0, 20));
    expect(sealed).not.toContain(Buffer.from(CREDENTIALS.accessToken).toString('hex'));
  });

  it('seals the same value differently each time (random IV)', () => {
    const box = secretBox(key());
    expect(box.seal(CREDENTIALS)).not.toBe(box.seal(CREDENTIALS));
  });

  it('detects tampering with the encrypted body', () => {
    const box = secretBox(key());
    const [v, iv, tag, body] = box.seal(CREDENTIALS).split('.') as [string, string, string, string];
    const bytes = Buffer.from(body, 'base64');
    bytes[0] = bytes[0]! ^ 0x01;
    expect(() => box.open([v, iv, tag, bytes.toString('base64')].join('.'))).toThrow();
  });

  it('detects tampering with the tag or the IV', () => {
    const box = secretBox(key());
    const [v, iv, tag, body] = box.seal(CREDENTIALS).split('.') as [string, string, string, string];
    const flip = (b64: string) => {
      const b = Buffer.from(b64, 'base64');
      b[b.length - 1] = b[b.length - 1]! ^ 0x80;
      return b.toString('base64');
    };
    expect(() => box.open([v, iv, flip(tag), body].join('.'))).toThrow();
    expect(() => box.open([v, flip(iv), tag, body].join('.'))).toThrow();
  });

  it('refuses garbage and unknown versions', () => {
    const box = secretBox(key());
    const sealed = box.seal(CREDENTIALS);
    expect(() => box.open('not sealed')).toThrow();
    expect(() => box.open(sealed.replace(/^v1\./, 'v2.'))).toThrow();
    expect(() => box.open(sealed.split('.').slice(0, 3).join('.'))).toThrow();
  });

  it('cannot open with another key', () => {
    const sealed = secretBox(key()).seal(CREDENTIALS);
    expect(() => secretBox(key()).open(sealed)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => secretBox('abcd')).toThrow();
    expect(() => secretBox(randomBytes(16).toString('hex'))).toThrow();
  });
});

describe('loadSecretKey', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zp-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('uses the configured key and writes no file', async () => {
    const configured = key();
    expect(loadSecretKey(configured, dir)).toBe(configured);
    await expect(stat(path.join(dir, 'secret.key'))).rejects.toThrow();
  });

  it('creates a key file readable only by the owner, once, and reuses it', async () => {
    const dataDir = path.join(dir, 'nested', 'data'); // not there yet
    const first = loadSecretKey(undefined, dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dataDir, 'secret.key');
    const info = await stat(file);
    if (process.platform !== 'win32') expect(info.mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);

    const second = loadSecretKey(undefined, dataDir);
    expect(second).toBe(first);
    expect((await stat(file)).mtimeMs).toBe(info.mtimeMs);

    // A value sealed with the first key opens after a "restart".
    const sealed = secretBox(first).seal(CREDENTIALS);
    expect(secretBox(loadSecretKey(undefined, dataDir)).open(sealed)).toEqual(CREDENTIALS);
  });

  it('reads an existing key file, ignoring the trailing newline', async () => {
    const existing = key();
    await writeFile(path.join(dir, 'secret.key'), `${existing}\n`, { mode: 0o600 });
    expect(loadSecretKey(undefined, dir)).toBe(existing);
  });
});
