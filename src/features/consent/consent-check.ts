// What the guard needs to know about the people in a post's images: for each image and channel,
// who is tagged without a consent for the post's purpose (publication, recruitment, fundraising)
// there at the given time, and which images are
// marked as showing people with nobody tagged. Loaded once; judged by the pure `judgePost`.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { PUBLICATION_PURPOSE, type ConsentPurpose } from '../../contracts/consent';
import { consentPeople, consents, media, mediaPeople } from '../../db/schema';
import type { Bilingual, Finding } from '../../guard/types';
import type { OrgScope } from '../org-scope';
import { validAt } from './valid-at';

export interface ConsentCheck {
  /** The purpose the consents were checked for. */
  purpose?: ConsentPurpose;
  gaps: { mediaId: string; channelId: string; channelName: string; person: string }[];
  untagged: string[];
}

export async function loadConsentCheck(
  scope: OrgScope,
  mediaIds: string[],
  targets: { channelId: string; name: string }[],
  at: Date,
  purpose: ConsentPurpose = PUBLICATION_PURPOSE,
): Promise<ConsentCheck> {
  if (!mediaIds.length) return { purpose, gaps: [], untagged: [] };
  const [tags, flagged] = await Promise.all([
    scope.db
      .select({ mediaId: mediaPeople.mediaId, personId: consentPeople.id, name: consentPeople.name })
      .from(mediaPeople)
      .innerJoin(consentPeople, eq(consentPeople.id, mediaPeople.personId))
      .where(and(inArray(mediaPeople.mediaId, mediaIds), eq(mediaPeople.orgId, scope.orgId))),
    scope.db
      .select({ id: media.id })
      .from(media)
      .where(and(inArray(media.id, mediaIds), eq(media.orgId, scope.orgId), eq(media.showsPeople, true))),
  ]);
  const tagged = new Set(tags.map((t) => t.mediaId));
  const untagged = flagged.map((f) => f.id).filter((id) => !tagged.has(id));
  if (!tags.length || !targets.length) return { purpose, gaps: [], untagged };
  const held = await scope.db
    .select({ personId: consents.personId, channelId: consents.channelId })
    .from(consents)
    .where(
      and(
        eq(consents.orgId, scope.orgId),
        inArray(consents.personId, [...new Set(tags.map((t) => t.personId))]),
        // A consent for another purpose does not cover this one (a news item is not a recruitment campaign).
        eq(consents.purpose, purpose),
        or(
          isNull(consents.channelId),
          inArray(
            consents.channelId,
            targets.map((t) => t.channelId),
          ),
        ),
        validAt(at),
      ),
    );
  const covers = (personId: string, channelId: string) => held.some((h) => h.personId === personId && (h.channelId === null || h.channelId === channelId));
  const gaps = tags.flatMap((t) =>
    targets.filter((c) => !covers(t.personId, c.channelId)).map((c) => ({ mediaId: t.mediaId, channelId: c.channelId, channelName: c.name, person: t.name })),
  );
  return { purpose, gaps, untagged };
}

/** The purposes in the words of a finding. */
const PURPOSE_WORDS: Record<ConsentPurpose, Bilingual> = {
  publication: { nl: 'publicatie', en: 'publication' },
  recruitment: { nl: 'werving', en: 'recruitment' },
  fundraising: { nl: 'fondsenwerving', en: 'fundraising' },
};

/** The guard's findings about one image's people (whole-image findings: start = end = 0). */
export function consentFindings(check: ConsentCheck | undefined, mediaId: string): Finding[] {
  if (!check) return [];
  const finding = (rule: string, severity: Finding['severity'], message: Bilingual, fix: Bilingual): Finding => ({
    rule,
    severity,
    start: 0,
    end: 0,
    message,
    fix,
  });
  const purpose = PURPOSE_WORDS[check.purpose ?? PUBLICATION_PURPOSE];
  const out = check.gaps
    .filter((g) => g.mediaId === mediaId)
    .map((g) =>
      finding(
        'consent_missing',
        'block',
        {
          nl: `${g.person} staat op deze afbeelding maar heeft geen geldige toestemming voor ${purpose.nl} op ${g.channelName}. Zonder toestemming gaat het bericht daar niet uit.`,
          en: `${g.person} is in this image but has no valid consent for ${purpose.en} on ${g.channelName}. Without consent the post does not go out there.`,
        },
        {
          nl: 'Leg de toestemming vast in het toestemmingsregister, haal dit kanaal van het bericht of kies een andere afbeelding.',
          en: 'Record the consent in the consent register, remove this channel from the post or choose another image.',
        },
      ),
    );
  if (check.untagged.includes(mediaId)) {
    out.push(
      finding(
        'consent_untagged',
        'warn',
        { nl: 'Deze afbeelding toont mensen, maar er is niemand getagd.', en: 'This image shows people, but nobody is tagged.' },
        {
          nl: 'Tag wie er op staat, zodat gecontroleerd wordt of zij toestemming gaven.',
          en: 'Tag who is in it, so their consent is checked.',
        },
      ),
    );
  }
  return out;
}
