import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 22 (stop 23, docs/triage.md): notions for crises missed in development files 40 and 41 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 22: many tablets hours ago, or asked about for oneself', () => {
  crisisKinds('suicide', ['took 45 tablets of my sleeping meds 3 hours ago, when do they kick in', 'wat doen 30 oxazepam met je, vraag voor mezelf']);
});

describe('round 22: a journey without return, signing off for real, into the water, a life summed up', () => {
  crisisKinds('suicide', [
    'alle boeken gingen naar de kringloop. ik begin aan een tocht zonder terugkeer',
    'i am checking out. literally this time',
    'bowing out of this life tonight, sorry mum',
    'ik loop vanavond het water in achter de dijk. bedankt voor alles al die jaren',
    'my last message. had a good run, folks',
    'i will not be attending my review on monday. or any after that',
  ]);
  noCrisis('checking out of a hotel, a swim, a last message of the day', [
    'checking out of the hotel at 11, can i leave my case at reception?',
    'we gaan straks de zee in bij de pier, is er een strandwacht?',
  ]);
});

describe('round 22: look-alikes', () => {
  noCrisis('boredom, a jump promised with a laugh, a policy for players, a paper, an assignment, a brother remembered', [
    'die training duurde vier uur, ik viel ter plekke dood neer van verveling',
    'als ajax weer verliest, dan spring ik echt van het dak haha',
    'our netball club wants guidance: how should a coach act if a member tells her about self-harm',
    'ik maak een stuk over zelfdoding onder studenten voor de schoolkrant, wie wil ik interviewen?',
    'for my pharmacology assignment: what dose of paracetamol counts as an overdose?',
    'drie jaar geleden is mijn zus overleden door zelfdoding. we missen je nog altijd',
  ]);
});
