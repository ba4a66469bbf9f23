import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';

/** Every image and video needs alt text for screen-reader users. */
export function detectAltText(ctx: ScanContext, out: Finding[]): void {
  const media = ctx.media;
  if (!media) return;
  media.forEach((m, i) => {
    if (m.altText && m.altText.trim().length > 0) return;
    out.push(
      finding(
        'alt-text',
        'warn',
        0,
        0,
        {
          nl: `Afbeelding of video ${i + 1} heeft geen alt-tekst.`,
          en: `Image or video ${i + 1} has no alt text.`,
        },
        {
          nl: 'Beschrijf kort wat er te zien is, voor mensen die een schermlezer gebruiken.',
          en: 'Describe briefly what it shows, for people who use a screen reader.',
        },
      ),
    );
  });
}
