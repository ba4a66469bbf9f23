import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const SPONSOR_CUE_RE =
  /\b(?:kortingscode|met (?:de )?code|gebruik code|use (?:my |our |the )?code|discount code|promo ?code|affiliate|mede mogelijk gemaakt door|dankzij onze partner|onze partner|our partner|in opdracht van|gifted|cadeau gekregen|kregen (?:we|wij) van|gekregen van|werden (?:we|wij) verrast door|met dank aan)\b/iu;
const DISCLOSURE_RE =
  /#ad\b|#advertentie|#adv\b|#spon\b|#sponsored|#samenwerking|#partner|in samenwerking met|in partnership with|betaalde samenwerking|paid partnership|advertentie|gesponsord|sponsored/iu;

const PREFILTER_RE = /code|affiliate|partner|opdracht|gift|cadeau|kregen|gekregen|verrast|dank aan|mogelijk gemaakt/;

/** Reclamecode Social Media: a paid or in-kind partnership must be disclosed. */
export function detectPartnership(ctx: ScanContext, out: Finding[]): void {
  if (!PREFILTER_RE.test(ctx.lower)) return;
  const m = SPONSOR_CUE_RE.exec(ctx.text);
  if (!m || DISCLOSURE_RE.test(ctx.text)) return;
  out.push(
    finding(
      'partnership',
      'warn',
      m.index,
      m.index + m[0].length,
      {
        nl: 'Dit lijkt een (betaalde of in natura) samenwerking zonder vermelding.',
        en: 'This looks like a paid or in-kind partnership that is not disclosed.',
      },
      {
        nl: 'Vermeld de samenwerking duidelijk, bijvoorbeeld "in samenwerking met …" of #ad / #spon.',
        en: 'Disclose the partnership clearly, for example "in partnership with …" or #ad.',
      },
    ),
  );
}
