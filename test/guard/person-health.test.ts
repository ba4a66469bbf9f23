import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import { found } from './helpers.ts';

const rule = 'person-with-health';

describe('identifiable person + health information', () => {
  it('blocks titles, full names with tussenvoegsels and initials next to health terms', () => {
    expect(found('Mevrouw de Vries ligt op de IC sinds dinsdag.', rule)).toEqual([['block', 'Mevrouw de Vries ligt op de IC']]);
    expect(found('Gisteren is Anna van den Berg geopereerd.', rule)).toHaveLength(1);
    expect(found('J.M. van der Meer heeft longkanker.', rule)).toHaveLength(1);
    expect(found('Mrs Patel was admitted to intensive care.', rule)).toHaveLength(1);
  });
  it('finds unknown first names before a known surname and Dutch compounds', () => {
    expect(found('Wiebrig Jansen herstelt van een heupoperatie.', rule)).toHaveLength(1);
  });
  it('recognises rooms, patient roles and age with a place as identifying', () => {
    expect(found('De bewoner van kamer 14 werd gisteren opgenomen.', rule)).toHaveLength(1);
    expect(found('Onze cliënt Kees heeft dementie.', rule)).toHaveLength(1);
    expect(found('Een 84-jarige vrouw uit Zwolle met ALS deed mee.', rule)).toHaveLength(1);
  });
  it('links a pronoun in the next sentence back to the person', () => {
    expect(found('Wie kent mw. Postma? Ze heeft borstkanker.', rule)).toHaveLength(1);
  });
  it('does not flag staff in their role, public figures or the org’s staff list', () => {
    expect(found('Onze verpleegkundige Sanne legt uit hoe u insuline spuit.', rule)).toEqual([]);
    expect(found('Dr. Jansen, cardioloog, vertelt over hartfalen.', rule)).toEqual([]);
    expect(found('Koning Willem-Alexander opende de nieuwe afdeling oncologie.', rule)).toEqual([]);
    expect(found('Minister Ernst Kuipers kreeg de griepprik tegen griep.', rule)).toEqual([]);
    const org = { allow: { staff: [{ name: 'Eline Smit', role: 'diëtist' }] } };
    expect(found('Eline Smit geeft tips bij diabetes.', rule, { org })).toEqual([]);
    expect(found('Eline Smit geeft tips bij diabetes.', rule)).toHaveLength(1);
  });
  it('still blocks the patient when a staff member is named too', () => {
    expect(found('De wijkverpleegkundige van dhr. Bosma vertelt dat hij longkanker heeft.', rule)).toHaveLength(1);
  });
  it('treats ordinary words that are also names as words', () => {
    expect(scanText('Hoop doet leven: ons onderzoek naar kanker krijgt subsidie.').verdict).toBe('ok');
    expect(scanText('Mark 12 maart in uw agenda voor de lezing over dementie.').verdict).toBe('ok');
    expect(found('So glad Grace is home after dialysis!', rule)).toHaveLength(1);
  });
  it('leaves health information without a person alone', () => {
    expect(scanText('Bij koorts mag u paracetamol nemen. Lees meer over griep op thuisarts.nl.').verdict).toBe('ok');
    expect(scanText('Wist u dat bewegen helpt bij artrose en COPD?').verdict).toBe('ok');
  });
});
