import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const PRONOUNS = new Set(['hij', 'zij', 'ze', 'haar', 'zijn', 'hem', 'he', 'she', 'his', 'her', 'him', 'they', 'their']);

function pronounInSentence(ctx: ScanContext, sent: number, beforeToken: number): boolean {
  for (let j = beforeToken - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (t.sent !== sent) break;
    if (PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

/** The heart of the guard: an identifiable person and health information in one message. */
export function detectPersonWithHealth(ctx: ScanContext, out: Finding[]): void {
  const persons = ctx.persons;
  if (persons.length === 0) return;
  const health = ctx.health;
  if (health.length === 0) return;
  for (const p of persons) {
    if (p.notPatient) continue;
    // Same sentence, or the next sentence when it refers back with a pronoun.
    const h = health.find(
      (h) => (h.end <= p.start || h.start >= p.end) && (h.sent === p.sent || (h.sent === p.sent + 1 && pronounInSentence(ctx, h.sent, h.first))),
    );
    if (!h) continue;
    out.push(
      finding(
        'person-with-health',
        'block',
        Math.min(p.start, h.start),
        Math.max(p.end, h.end),
        {
          nl: 'Hier staat een herkenbaar persoon samen met gezondheidsinformatie. Dat is een bijzonder persoonsgegeven.',
          en: 'An identifiable person appears together with health information. That is special-category personal data.',
        },
        {
          nl: 'Haal de naam of de gezondheidsinformatie weg. Alleen met schriftelijke toestemming van de persoon mag dit, en dan beslist een goedkeurder.',
          en: 'Remove the name or the health information. Only with the written consent of the person, and then an approver decides.',
        },
      ),
    );
  }
}
