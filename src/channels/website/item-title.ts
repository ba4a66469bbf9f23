// The title feed readers show for a website item. Its own file (no feed library) so the web
// app's preview imports the same rule the feeds use.

/** The first sentence or line, shortened: feed readers show a title. */
export function itemTitle(text: string): string {
  const first = text.split(/\n|(?<=[.!?])\s/)[0]?.trim() ?? '';
  return first.length > 90 ? `${first.slice(0, 87).trimEnd()}…` : first || '…';
}
