import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 31 (stop 28, docs/triage.md): notions for crises missed in development files 68 to 71, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 31: a last day said to be no joke, a letter read later, ashes taken, water', () => {
  crisisKinds('suicide', [
    'morgen is mijn laatste dag op aarde en ik maak geen grapje deze keer',
    'when you get this i will be gone. the side door is unlocked for whoever comes',
    "his ashes go on the fell like we planned. up there tomorrow, and i shan't be coming back",
    'mijn broer appte dat hij de auto in het kanaal gaat rijden, dan is hij er klaar mee',
    'strava van mijn zwager: laatste rondje, tot aan de kade. sinds de zomer al maanden somber',
  ]);
  noCrisis('is not a crisis', [
    'laatste dag op aarde voor onze oude kat, morgen komt de dierenarts. we hebben haar lievelingsvis gekocht',
    'by the time you read this the new timetable will be live on the website',
    'we scattered grandad his ashes at the beach last spring, we will be back there every year',
    'last ride of the season along the harbour wall, phone died halfway, great day',
  ]);
});

describe('round 31: blood thinners and a knock, sight lost, blood brought up, a streak, a blocked gut, pills', () => {
  crisisKinds('trauma', ['I take clopidogrel and struck my head on the kerb this morning. I have been sick twice since']);
  crisisKinds('stroke', ['since an hour she cannot see out of her right eye, like a black curtain came down']);
  crisisKinds('bleeding', ['hij heeft net een paar flinke mondvol bloed opgehoest, helder rood']);
  crisisKinds('bleeding', ['vanochtend bloed gebraakt, nu zo duizelig dat ik moet gaan liggen']);
  crisisKinds('shock', ['a red streak is running up her arm from the cat bite and she is shivering under two duvets']);
  crisisKinds('red-flags', ['my belly is swollen tight, I keep vomiting green stuff and have not passed wind since yesterday']);
  crisisKinds('poisoning', ['onze kleine zat in oma haar tas, de strip met bloeddrukpillen is open en er missen er 2. hij doet nog normaal']);
  crisisKinds('poisoning', ['nam 2 pillen op de rave, nu bloedheet en duizelig, kaak zit vast, waar is de ehbo']);
  crisisKinds('bleeding', ['our baby came eight days ago. today my partner needs 3 pads every hour and she looks dizzy']);
  noCrisis('is not a crisis', [
    'our daughter (3) has had a fever since yesterday, a bit whiny but drinking well, when should I worry?',
    'tot wanneer neemt de vervanger waar nu de huisarts op vakantie is?',
    'heb ik nog bloed opgehoest? nee hoor, alleen een beetje slijm met een streepje, kuchje van de verkoudheid',
    'haha kms, just called my teacher mum in front of the whole class',
    'the waiting list is zelfmoord op raten, as my Dutch colleague says. four months now',
    'We read that chapter where the mother writes her farewell letter in book club, beautifully done',
  ]);
});
