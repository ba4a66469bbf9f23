import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { TRUSTED_DOMAINS, TRUSTED_PATTERNS } from '../lexicon/trusted-domains.ts';
import type { Finding } from '../types.ts';

const URL_RE =
  /(?<![@\p{L}\p{N}.-])(?:https?:\/\/[^\s<>()"']+|www\.[^\s<>()"']+|(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|be|uk|int|gov|info|io|zorg|health)\b(?:\/[^\s<>()"']*)?)/giu;

const PREFILTER_RE = /https?:|www\.|[a-z0-9]\.(?:nl|com|org|net|eu|be|uk|int|gov|info|io|zorg|health)\b/;

export function hostOf(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
}

export function isTrustedHost(host: string, extra: string[]): boolean {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (TRUSTED_DOMAINS.has(h) || extra.includes(h)) return true;
  }
  return TRUSTED_PATTERNS.some((re) => re.test(host));
}

/** Links should go to trusted sources; others are flagged for a human look. */
export function detectLinks(ctx: ScanContext, out: Finding[]): void {
  if (!PREFILTER_RE.test(ctx.lower)) return;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(ctx.text); m; m = URL_RE.exec(ctx.text)) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    const host = hostOf(url);
    if (!host.includes('.') || isTrustedHost(host, ctx.allow.domains)) continue;
    out.push(
      finding(
        'link',
        'warn',
        m.index,
        m.index + url.length,
        {
          nl: `De link naar ${host} staat niet op de lijst met betrouwbare bronnen.`,
          en: `The link to ${host} is not on the list of trusted sources.`,
        },
        {
          nl: 'Controleer de bron, of verwijs naar een betrouwbare bron zoals thuisarts.nl of rivm.nl.',
          en: 'Check the source, or link to a trusted source such as thuisarts.nl, nhs.uk or who.int.',
        },
      ),
    );
  }
}
