// The connected Mastodon account's instance address and access token, shared by publishing and reading.
export interface MastodonCredentials {
  clientId: string;
  clientSecret: string;
  accessToken: string;
}

export function parseCredentials(raw: Record<string, unknown> | null): MastodonCredentials | null {
  if (!raw || typeof raw.accessToken !== 'string' || !raw.accessToken) return null;
  return { clientId: String(raw.clientId ?? ''), clientSecret: String(raw.clientSecret ?? ''), accessToken: raw.accessToken };
}

export function instanceOf(settings: Record<string, unknown>): string {
  return String(settings.instance ?? '').replace(/\/+$/, '');
}
