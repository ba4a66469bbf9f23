// What an X channel keeps: its API address in the settings and its OAuth 2.0 grant in the credentials.
export interface XCredentials {
  accessToken: string;
  refreshToken: string;
  /** ISO time the access token expires. */
  expiresAt: string;
}

export function parseCredentials(raw: Record<string, unknown> | null): XCredentials | null {
  if (!raw || typeof raw.accessToken !== 'string' || !raw.accessToken) return null;
  return { accessToken: raw.accessToken, refreshToken: String(raw.refreshToken ?? ''), expiresAt: String(raw.expiresAt ?? '') };
}

export const apiBaseOf = (settings: Record<string, unknown>) => String(settings.apiBase ?? 'https://api.x.com');
