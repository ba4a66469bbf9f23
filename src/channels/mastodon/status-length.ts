// Mastodon's status length (StatusLengthValidator): grapheme clusters, with every http(s) link
// counted as the instance's characters_reserved_per_url (23 by default) and a remote mention
// @user@domain counted as @user. Browser-safe: the preview uses it too.
export const MASTODON_DEFAULT_MAX_CHARACTERS = 500;
export const MASTODON_URL_LENGTH = 23;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const URL_PATTERN = /https?:\/\/[^\s<>"]+/giu;
const REMOTE_MENTION = /(@[\w.]+)@[\w.-]+\w/gu;

function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

export function statusLength(text: string, urlLength = MASTODON_URL_LENGTH): number {
  const placeholder = 'x'.repeat(urlLength);
  return countGraphemes(text.replace(URL_PATTERN, placeholder).replace(REMOTE_MENTION, '$1'));
}

/** Thread parts for an instance's limits (the settings of the connected channel). */
export function mastodonPartLimits(limits: { maxCharacters: number; urlLength: number }) {
  return { maxGraphemes: limits.maxCharacters, maxBytes: Number.MAX_SAFE_INTEGER, measure: (t: string) => statusLength(t, limits.urlLength) };
}
