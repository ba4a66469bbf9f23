// The minimum password policy, for every way a password is set (user create, change, reset,
// invitation): at least 12 characters, not one of the 10,000 most common passwords (bundled in
// common-passwords.txt from @zxcvbn-ts/language-common, MIT, plus Dutch ones below), not built from
// one such password by adding digits or signs at the ends, not mostly one character, and not the
// person's e-mail address. Length beats composition rules (NIST SP 800-63B).
import { readFileSync } from 'node:fs';
import { AppError } from '../errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

// Frequent Dutch choices that an English-language list misses, and this product's own name.
const DUTCH = [
  'wachtwoord',
  'welkom',
  'welkom01',
  'geheim',
  'zorgpost',
  'zorgpost-demo', // the demo password of versions before 2026-11, printed in the README then
  'voorjaar',
  'zomer',
  'najaar',
  'winter',
  'lente',
  'herfst',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'ziekenhuis',
  'zorggroep',
  'verpleging',
  'huisarts',
  'apotheek',
  'feyenoord',
  'ajax',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'nederland',
  'holland',
  'oranje',
  'hallo',
  'hoihoi',
  'schatje',
  'liefje',
  'voetbal',
  'qwertyuiop',
  'azertyuiop',
  'wachtwoord01',
  'welkomwelkom',
];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const bundled = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    common = new Set([...bundled, ...DUTCH].map((p) => p.toLowerCase()));
  }
  return common;
}

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_common' | 'password_is_email';

const normalise = (value: string) => value.normalize('NFKC').toLowerCase();

/** The first rule the password breaks, or null. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'password_too_long';
  const lower = normalise(password);
  if (email) {
    const address = normalise(email.trim());
    const local = address.split('@')[0] ?? '';
    if (lower === address || (local.length >= 4 && lower.replace(/[^\p{L}]/gu, '') === local.replace(/[^\p{L}]/gu, ''))) return 'password_is_email';
  }
  const list = commonPasswords();
  // "Welkom2026!!" and "password123456" are the common word with decoration at the ends.
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  if (list.has(lower) || list.has(core) || list.has(lower.replace(/\s+/g, ''))) return 'password_common';
  // Only digits and signs, or a handful of different characters ("aaaaaaaaaaaa", "121212121212").
  if (core === '' || new Set(lower).size < 5) return 'password_common';
  return null;
}

/** Throws a 422 naming the broken rule (the web app shows it at the password field). */
export function assertPasswordPolicy(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError(422, problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}
