// The demo accounts' password is never one written in the repository: ZORGPOST_DEMO_PASSWORD, or
// one generated for this installation when the demo is first seeded. It is kept (owner-only) in
// the data folder as demo-password, so every start can print the logins again. When the password
// to use differs from the kept one (the variable changed, or an installation from before this
// file existed), the demo accounts get it.
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { passwordProblem } from '../features/auth/password-policy';

// No 0/o, 1/l/i: easy to read from a terminal and type.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateDemoPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

export interface DemoPassword {
  password: string;
  file: string;
  source: 'env' | 'file' | 'generated';
  /** True when the demo accounts (if they exist) must be given this password. */
  changed: boolean;
}

export function resolveDemoPassword(dataDir: string, fromEnv: string | undefined): DemoPassword {
  const file = path.join(dataDir, 'demo-password');
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (fromEnv) {
    const problem = passwordProblem(fromEnv);
    if (problem) throw new Error(`ZORGPOST_DEMO_PASSWORD: ${problem.replace(/_/g, ' ')} (at least 12 characters, not a common password)`);
  }
  const password = fromEnv ?? kept ?? generateDemoPassword();
  if (password !== kept) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
  }
  return { password, file, source: fromEnv ? 'env' : kept ? 'file' : 'generated', changed: password !== kept };
}
