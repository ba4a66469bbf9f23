// A status's `content` is HTML the instance has already sanitised (p, br, a, span; see
// docs.joinmastodon.org/spec/activitypub/#sanitization): paragraphs and line breaks become new
// lines, tags go, entities are decoded. Enough for that short, known set; no general HTML parser.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function statusText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
      }
      return NAMED[code.toLowerCase()] ?? whole;
    })
    .trim();
}
