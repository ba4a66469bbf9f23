// LinkedIn's Posts API reads `commentary` as "little text": the characters | { } @ [ ] ( ) < > # \ * _ ~
// are markup and must be escaped with a backslash, or the post is refused or cut off at the first
// one. Hashtags become the hashtag template so they stay links.
const RESERVED = /[|{}@[\]()<>#\\*_~]/g;

export function toLittleText(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu)) {
    const at = m.index! + m[1]!.length;
    parts.push(text.slice(last, at).replace(RESERVED, '\\$&'));
    parts.push(`{hashtag|\\#|${m[2]!.replace(RESERVED, '\\$&')}}`);
    last = at + 1 + m[2]!.length;
  }
  parts.push(text.slice(last).replace(RESERVED, '\\$&'));
  return parts.join('');
}
