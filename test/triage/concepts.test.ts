import { describe, expect, it } from 'vitest';
import { conceptCrisis, pastAndSettled } from '../../src/triage/concepts.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage, triageText } from '../../src/triage/triage.ts';

// Written for these tests (a fresh batch per concept, in words the rules were not written for).
const reading = (t: string) => triageReadings(t).readings[0] ?? '';

describe('crisis from concepts meeting', () => {
  const crises: [string, string][] = [
    ['trek dit niet langer, heb zojuist alle oxazepam uit de kast gehaald', 'suicide'],
    ['to be honest i wont be around much longer', 'suicide'],
    ['mijn plan staat vast, de middelen liggen al klaar', 'suicide'],
    ['garagedeur dicht, de motor loopt en ik blijf hier zitten', 'suicide'],
    ['ik heb mijn polsen opengehaald', 'suicide'],
    ['ik wil gewoon dat alles stopt. voorgoed.', 'suicide'],
    ['no one would care if I disappeared, i have everything i need to do it', 'suicide'],
    ['hoe veel paracetamol is dodelijk? vraag voor mezelf', 'suicide'],
    ['morgen ben ik er gewoon niet meer. bedankt voor alle jaren', 'suicide'],
    ['er spuit bloed uit zijn been, we krijgen het niet gestopt', 'bleeding'],
    ['we krijgen ons kindje bijna niet wakker, ze is zo slap', 'sick-child'],
    ['her words came out all jumbled when she woke up and she cant speak properly', 'stroke'],
    ['opa (dementie) ging 3 uur geleden wandelen en is nog niet terug, het wordt donker', 'missing'],
    ['na een wespensteek zwelt haar gezicht op en ze krijgt het benauwd', 'anaphylaxis'],
    ['na die pillen tril ik onophoudelijk en gaat mijn hart 180', 'poisoning'],
    ['my dad is threatening to kill my mum, hes got a knife', 'violence'],
    ['er wordt hier in huis geslagen, ik ben bang, kom snel', 'violence'],
  ];
  for (const [text, kind] of crises) {
    it(`${text} → ${kind}`, () => expect(triageText(text)).toMatchObject({ category: 'crisis', urgent: true, crisisKind: kind }));
  }

  it('needs the second concept: despair, a sting or a knife alone is no crisis', () => {
    for (const text of [
      'ik kan niet meer van het lachen om jullie filmpje',
      'how long does a wasp sting usually stay swollen on the arm?',
      'mijn buurman heeft een mes in zijn hand gesneden bij het koken, moet dat gehecht?',
      'are my meds ready for pick up at the pharmacy?',
      'our boxing class hits hard, come and join now',
    ]) {
      expect(conceptCrisis(reading(text)), text).toBeNull();
      expect(rulesTriage(text).urgent, text).toBe(false);
    }
  });

  it('leaves a medical emergency told as over and settled alone, never a suicide statement', () => {
    const settled = 'mijn dochter heeft vorige week een knoopbatterij ingeslikt maar alles is goed afgelopen, dank!';
    expect(pastAndSettled(reading(settled))).toBe(true);
    expect(triageText(settled).urgent).toBe(false);
    expect(triageText('vorige week ontslagen, dank voor niks. ik wil dood').urgent).toBe(true);
  });
});
