import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import type { Kind, Lang } from '../../src/guard/types.ts';

// Fifth round of issue 8: kinds of text found by probing with our own invented sentences (never a
// development or held-out text). Each case failed on the guard before this round.
type Case = [text: string, kind: Kind, lang: Lang];

const verdict = ([text, kind, lang]: Case) => (scanText(text, { kind, lang }).verdict === 'block' ? 'block' : 'ok');

const BLOCK: Case[] = [
  // A Dutch compound of a treatment or condition no list holds: "nierdialyse", "darmspoeling" is not one.
  ['Trots op Gijs Harmelink: ondanks zijn nierdialyse rondde hij zijn opleiding af.', 'post', 'nl'],
  ['Een jaar na haar borstamputatie fietst Geertje Wolthuis weer naar haar werk.', 'post', 'nl'],
  // A double surname after a first name no list knows.
  ['Het verhaal van Yfke Hoekstra-Mulder: na twee miskramen werd vorig jaar haar dochter geboren.', 'post', 'nl'],
  // Coma, day care, a failing memory.
  ['Na een val van de trap lag Jildert Bouwhuis tien dagen in coma.', 'post', 'nl'],
  ['Mevrouw Kampinga (88) gaat sinds deze maand naar de dagbesteding omdat ze vergeetachtig wordt.', 'post', 'nl'],
  // A reply: medicines to pick up at a set moment, even after "je kunt".
  ['Beste Rinske, je kunt je medicijnen morgenochtend bij de apotheek ophalen, ze liggen klaar.', 'reply', 'nl'],
  // Maternity help coming to their home.
  ['@annelies_k de kraamhulp komt overmorgen om 8 uur bij jou thuis.', 'reply', 'nl'],
  // "binnen en normaal" is a status, not "normally".
  ['Hoi Geert! Goed nieuws: de bloedwaarden zijn binnen en normaal.', 'reply', 'nl'],
  // A relative's fall.
  ['So sorry about your mum’s fall, Bethan. The frailty team will see her this afternoon.', 'reply', 'en'],
  // Staff (a coach) in care themselves.
  ['Please think of Coach Marlon Ruddock, he is on our cardiac ward recovering from a heart attack.', 'post', 'en'],
];

const OK: Case[] = [
  // What the organisation offers, to someone addressed by name.
  ['Dag Pieter, de wachttijd voor de orthopedie is op dit moment ongeveer vijf weken.', 'reply', 'nl'],
  ['Hoi Yara, ons ziekenhuis heeft geen wachtlijst voor de polikliniek urologie.', 'reply', 'nl'],
  ['Dag Sem, bedankt voor je vraag. Informatie over een heupoperatie vind je op onze website.', 'reply', 'nl'],
  ['Hi Stacey, physio referrals are made through your GP, and waiting times are currently 5 weeks.', 'reply', 'en'],
  // A room or prize named after someone, hyphenated.
  ['De Anna Kinderfonds-kamer op de kinderafdeling is opnieuw geschilderd.', 'post', 'nl'],
  // A role of ours in apposition before the name: staff, speaking about a topic.
  ['Our head of nursing, Joy Mensah, speaks about burnout in the nursing workforce.', 'post', 'en'],
  // Dutch words whose tail only looks like a condition.
  ['Het overleg met Wietse Brandsma werd onderbroken door een brandalarm.', 'post', 'nl'],
];

describe('fifth-round probes (issue 8)', () => {
  it.each(BLOCK)('blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(OK)('not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));

  it('a colleague in apposition is only ours with "our"; a vocative after a role is the person spoken to', () => {
    // "de fysio, Truus!" speaks to Truus about her exercises: that confirms her care.
    expect(verdict(['Ga zo door met de oefeningen van de fysio, Truus!', 'reply', 'nl'])).toBe('block');
  });
});
