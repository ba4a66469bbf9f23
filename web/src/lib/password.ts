// Which field a password error belongs to, so the form can show it there and move focus to it.
import { ApiRequestError } from '../api';

export type PasswordFieldName = 'current' | 'new' | 'repeat' | 'name' | null;

/** Server codes of the password policy (src/features/auth/password-policy.ts) and the current password. */
export function passwordErrorField(error: unknown): PasswordFieldName {
  if (!(error instanceof ApiRequestError)) return null;
  if (error.code === 'current_password_wrong' || error.code === 'too_many_attempts') return 'current';
  if (error.code.startsWith('password_')) return 'new';
  if (error.field('newPassword') || error.field('password')) return 'new';
  if (error.field('currentPassword')) return 'current';
  if (error.field('name')) return 'name';
  return null;
}

export const MIN_PASSWORD_LENGTH = 12;

/** What the browser can tell before asking the server: too short, or the two do not match. */
export function newPasswordProblem(password: string, repeat: string): { field: 'new' | 'repeat'; key: 'account.tooShort' | 'account.mismatch' } | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return { field: 'new', key: 'account.tooShort' };
  if (password !== repeat) return { field: 'repeat', key: 'account.mismatch' };
  return null;
}
