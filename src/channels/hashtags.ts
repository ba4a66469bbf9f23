// Hashtags as networks count them: # followed by letters, digits or underscores, not inside a word
// (so "A&#39;s" or "C#" do not count).
export function countHashtags(text: string): number {
  return text.match(/(^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu)?.length ?? 0;
}
