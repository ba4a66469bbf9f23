import { describe, expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage, triageText } from '../../src/triage/triage.ts';

// Round 6 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).
const reading = (t: string) => triageReadings(t).readings[0] ?? '';

describe('round 6: a question about what kills, asked from the place or in earnest', () => {
  const crises = [
    'hoe hoog moet een flat zijn om het niet te overleven? ik vraag het serieus',
    'could someone survive a fall from the motorway bridge? I am standing on the bridge now',
    'hoe lang duurt het eigenlijk voor je onderkoeld raakt? ik zit nu aan de kade',
    'if i take all my sleeping tablets together what happens. just wondering',
    'hoeveel oxazepam met bier samen is dodelijk, ik heb nog een hele strip liggen',
  ];
  for (const text of crises) it(text, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: 'suicide' }));

  it('leaves a plain question about heights or doses alone (rules)', () => {
    for (const text of [
      'hoe hoog moet een traplift zijn voor een rolstoel?',
      'can you drown a sourdough starter if it sits in water too long lol',
      'hoeveel paracetamol mag mijn zoon van 8?',
      'we are at the harbour now for the boat trip, lovely weather!',
    ])
      expect(rulesTriage(text).category, text).not.toBe('crisis');
  });
});

describe('round 6: the writer at a dangerous place, a time chosen, things handed over', () => {
  const crises = [
    // At the water or a height now, with a goodbye or a crisis line that does not answer.
    'sta op de brug nu. mam, het lag zeker niet aan jou',
    'i am on the bridge and the crisis line keeps me on hold',
    // A time or a date chosen, and not ok; the courage found.
    'everyone asks how I am. I am not. tonight is the night',
    'ik heb de datum gekozen om mijn leven te beeindigen',
    'eindelijk heb ik de moed gevonden, alle pillen liggen klaar',
    // Passwords or a pin handed over, a spare key left, a pet arranged, things given away with calm.
    'I sent my sister my bank passwords and sorted my dog out with the neighbours. you all tried',
    'mijn hond gaat naar de buurman en de reservesleutel ligt bij de voordeur onder de mat. jullie hebben het geprobeerd',
    'handed my nephew my guitar and told my sis all my passwords. i feel so calm about it',
    // Not able to care for anything after a day to come; my things may go to someone.
    'can someone give my rabbit a home? i cant look after anything after friday',
    'ik kom maandag niet meer. mijn gitaar mag Sem hebben',
  ];
  for (const text of crises) it(text, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis' }));

  it('a third party reporting a goodbye with a pin code and no answer', () => {
    expect(rulesTriage('zus stuurde haar pincode naar me plus zorg goed voor papa. telefoon neemt ze sindsdien niet op')).toMatchObject({ category: 'crisis' });
  });

  it('leaves an ordinary gift, a key for the carer or a new password alone (rules)', () => {
    for (const text of [
      'we gave our old pram to my cousin, she was so happy',
      'de sleutel ligt in het kastje voor de thuiszorg, dank jullie',
      'I changed my password for the patient portal but it does not work',
      'tonight is the night! our charity gala starts at eight',
    ])
      expect(rulesTriage(text).category, text).not.toBe('crisis');
  });
});

describe('round 6: look-alikes the rules no longer take for a crisis', () => {
  it('the scars of earlier self-harm asked about are not self-harm now', () => {
    expect(crisisIn(reading('years back I would self harm; those old scars went pink this winter. any ointment tips?'))).toBeNull();
    expect(crisisIn(reading('kunnen littekens van zelfbeschadiging weggelaserd worden?'))).toBeNull();
    expect(crisisIn(reading('ik wil mezelf weer snijden'))).toBe('suicide');
  });
  it('blue and swollen is a bruise; fewer kicks is not none', () => {
    expect(crisisIn(reading('mijn enkel is blauw en dik na het voetballen'))).toBeNull();
    expect(crisisIn(reading('hij wordt blauw en reageert niet'))).toBe('unresponsive');
    expect(crisisIn(reading('the baby is not moving as much as yesterday'))).toBeNull();
  });
  it('a word boundary: "later" is no swallowing verb', () => {
    expect(crisisIn(reading('een week later bleek het een griep'))).toBeNull();
    expect(crisisIn(reading('mijn dochter heeft bleek gedronken'))).toBe('poisoning');
  });
  it('a chair is a weapon only when swung or thrown', () => {
    expect(crisisIn(reading('drie jaar in de stoel bij de dialyse, hier vier ik nu mijn nieuwe nier'))).toBeNull();
    expect(crisisIn(reading('hij gooit met een stoel naar mij'))).toBe('violence');
  });
  it('"we lost" someone is a death, a person lost is missing', () => {
    expect(crisisIn(reading('we lost grandad in the spring, today is his birthday'))).toBeNull();
    expect(crisisIn(reading('my dad with dementia got lost at the market this morning'))).toBe('missing');
  });
  it('an attempt told from safety is history', () => {
    expect(triageText('my brother, after an overdose on purpose, sat nine hours in a corridor. fine now, still wrong').urgent).toBe(false);
  });
  it('bitter thanks is no gratitude: a plan with "thanks for nothing" stays a crisis', () => {
    expect(triageText('bedankt voor niks. eindelijk de moed, alle oxycodon die ik nog had gaat er vanavond in').urgent).toBe(true);
  });
  it('weary of a chore or a car park matter is a figure, not despair or a height', () => {
    expect(withoutFigures(reading('telkens valt de lijn weg. geen zin meer om het nog een keer te proberen'))).not.toMatch(/geen zin meer/);
    expect(withoutFigures(reading('geen zin meer in wat dan ook, leven voelt leeg'))).toMatch(/geen zin meer/);
    expect(withoutFigures(reading('the car park barrier keeps my ticket'))).not.toMatch(/car park/);
  });
  it('bleeding through the towels that keeps coming is bleeding', () => {
    expect(crisisIn(reading('het bloed gaat door twee handdoeken heen en blijft maar komen'))).toBe('bleeding');
  });
});

describe('round 6: English look-alikes and two red flags', () => {
  const notCrisis = [
    // A fear, a likeness, frustration at a phone line, a negation, hay fever, a wait counted in weeks.
    'my husband is scared of bleeding to death when he shaves on his new blood thinner',
    'after four blood tests my arms look like I have been in a fight',
    'engaged tone all morning. whats the point of having a booking line',
    'Low since my son was born, though I have no intention of hurting myself. Who could I speak to?',
    'still waiting 6 weeks for blood results and now they lost them',
    // Found again; confused but not missing; a bereavement; a hypothetical; a skull as a laugh.
    'uncle walked away from his care home, a neighbour brought him back and he is fine',
    'the nurse kept grandma calm although she had no idea where she was',
    'my cousin took his own life in 2020 and this campaign means a lot to our family',
    'if someones suicidal at school, can they come to your walk-in clinic? asking for a project',
    'this hayfever is killing me 💀 kill me now. which antihistamine is best?',
  ];
  it('leaves them out of crisis', () => {
    for (const text of notCrisis) expect(triageText(text, 'en').urgent, text).toBe(false);
  });
  it('hay fever swelling the eyes is no allergic emergency for the rules', () => {
    expect(rulesTriage('hay fever is going nuts today, my eyes are all puffy').category).not.toBe('crisis');
    expect(rulesTriage('stung by a wasp, now my lips and eyes swell up fast').category).toBe('crisis');
  });
  it('a child who just swallowed magnets is a crisis, an earlier time told beside it or not', () => {
    expect(rulesTriage('my daughter just swallowed two magnets from a toy. last year it was a coin and all was fine')).toMatchObject({ category: 'crisis' });
  });
  it('skin blistering with fever after a new medicine is a crisis; sunburn is not', () => {
    expect(rulesTriage('started new tablets on monday, now my skin is peeling off in sheets and I have a high fever')).toMatchObject({ category: 'crisis' });
    expect(rulesTriage('sunburn blistering on my shoulders and a bit of a fever, which after sun?').category).not.toBe('crisis');
  });
});

describe('round 6: Dutch look-alikes and a fit that does not stop', () => {
  it('looking for a GP, many kinds of medicine, a denial, a laugh, a question about a treatment', () => {
    for (const text of [
      'wij zoeken een tandarts voor opa, hij woont sinds kort in de stad',
      'mijn vader slikt 11 verschillende medicijnen, kan de apotheek eens meekijken?',
      'ik slaap slecht en alles voelt zwaar, niet dat ik mezelf iets wil aandoen hoor. met wie kan ik praten?',
      'na de spinningles denk ik echt dat ik doodga lol, is dat normaal?',
      'moet oma nog haar cholesterolpillen slikken of heeft dat geen zin meer nu?',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
  it('still finds the real thing', () => {
    expect(crisisIn(reading('mijn opa is zoek, hij heeft alzheimer en is sinds vanmiddag de deur uit'))).toBe('missing');
    expect(crisisIn(reading('geen zin meer. de slaappillen liggen klaar'))).toBe('suicide');
    expect(crisisIn(reading('mijn neefje heeft een toeval die maar niet ophoudt'))).toBe('seizure');
  });
});

describe('round 6: settled means the symptom, not a person, is gone', () => {
  it('a carer who has left does not settle an emergency; a rash that has gone does', () => {
    expect(rulesTriage('de kraamhulp is al weg en het bloed loopt van de bank af').category).toBe('crisis');
    expect(triageText('na de prik had ze koorts en vlekjes, het is al weg. is dat normaal?').urgent).toBe(false);
  });
});
