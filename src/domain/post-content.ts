// What a post sends, in one canonical form: the base text, each channel's own text, and the
// attached media in order with their alt texts. An approver's guard override is bound to the
// hash of this key (src/features/guard/check-post.ts); the composer compares keys to know
// whether an override still applies. One function, so the two can never disagree.

export interface PostContent {
  baseText: string;
  /** A channel's own text; null or '' when it uses the base text. */
  variants: readonly { channelId: string; text: string | null }[];
  /** In the order they are sent. */
  media: readonly { id: string; altText: string }[];
}

/** Order of the channels does not matter; order of the media does (it is the order sent). */
export function postContentKey(content: PostContent): string {
  const variants = [...content.variants]
    .sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0))
    .map((v) => [v.channelId, v.text ? v.text : null]);
  return JSON.stringify(['post-content/2', content.baseText, variants, content.media.map((m) => [m.id, m.altText])]);
}
