// A link a network hands back (a webhook's Location, a post URL) is shown to people as a link,
// so only an absolute http(s) address without credentials is kept; anything else (javascript:,
// data:, relative paths, user:pass@) is dropped.
const MAX_LINK_LENGTH = 2000;

export function httpLinkOrNull(value: string | null | undefined): string | null {
  if (!value || value.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url.toString();
}
