import { describe, expect, it } from 'vitest';
import { decideTriage, triageParts, triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 30 (stop 28, docs/triage.md): notions for crises missed in development files 64 to 67, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 30: affairs put in order, nothing needed after a day, the cabinet emptied', () => {
  crisisKinds('suicide', [
    'ik heb de uitvaartverzekering gecheckt, alles is betaald. ik ben van plan het komend weekend te doen',
    "paid everyone back what i owed them this morning. gave my bike to my neighbour's kid",
    'alle abonnementen opgezegd, de sportschool ook. heb straks niks meer nodig',
    'wil iemand mijn fiets terugbrengen naar mijn broer? na vrijdag hoef ik hem niet meer',
    'emptied the medicine cabinet onto the bed and now i am sitting here with all of it',
    'free to a loving home: bike, books and records. i dont need them where i am going',
    'fentanylpleisters van hem nooit teruggebracht. vannacht plak ik ze alle vijf, ik wil weer bij hem zijn',
    'de bakker kreeg van hem een envelop voor al die jaren. hij gaat niet verhuizen zegt hij',
  ]);
  noCrisis('is not a crisis', [
    'alle abonnementen opgezegd want we verhuizen naar Canada, heb de krant daar niet meer nodig',
    'cancelled my gym membership for the three months of my knee surgery, dont need it till then',
    'na vandaag hoef ik de krukken niet meer! morgen breng ik ze terug naar de thuiszorgwinkel',
    'emptied the bathroom cabinet: all the expired stuff goes back to the pharmacy, they take it free',
    'free to good home: two kittens, litter trained. we dont need the cat tree where we are going either, moving abroad',
    'paid everyone back for the pizza night, thanks for organising',
  ]);
});

describe('round 30: an early pregnancy, violence at a desk, someone slipped out, an overdose hours ago', () => {
  crisisKinds('pregnancy', ['ben 7 weken zwanger, sinds vanmiddag pijn en het steekt nu ook in mijn schouder']);
  crisisKinds('violence', ['a visitor is shouting and hitting the nurse at the desk, he has a broken glass. we locked ourselves in the office']);
  crisisKinds('missing', ['our daughter (autistic, 15) slipped out of school at lunch, three hours ago now, and she loves the river']);
  it('keeps an overdose taken hours ago a crisis however well one feels, even when the model doubts it', () => {
    const text = 'i took 20 paracetamol roughly 3 hours ago, after a fight at home. i honestly feel fine now. must i still go to hospital?';
    const parts = triageParts(text, null, 'en');
    expect(parts.ruleKind).toBe('suicide');
    const p = { crisis: 0.15, medical: 0.8, complaint: 0.01, compliment: 0.01, question: 0.01, spam: 0.01, other: 0.01 };
    expect(decideTriage({ ...parts, p }).category).toBe('crisis');
    expect(triageText(text, 'en').category).toBe('crisis');
  });
  noCrisis('is not a crisis', [
    'ik ben 9 weken zwanger, geen pijn of bloedverlies, wanneer is de eerste echo?',
    'had my second immunotherapy, an itchy flat rash on both forearms now, without fever and my breathing is ok, should i ring?',
    'spots on her back, they go white under the glass, she is bouncing around as usual',
    'kleintje heeft op een stoepkrijtje gesabbeld, doosje zegt niet giftig, moet ik bellen?',
    'met deze hitte in dat pak fietsen is echt zelfmoord, wie heeft er water?',
    'ik wil me opgeven voor de training over zelfmoordgedachten bespreekbaar maken, voor mijn hockeyclub',
    '❤️ kraamzorg Anouk forever',
  ]);
});
