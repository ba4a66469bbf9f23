import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 15 (stop 20, docs/triage.md): counts of ten or more written as words are shared by the crisis rules
// and the notions (src/triage/counts.ts); an age is not a count. Examples written for these tests.

describe('round 15: a count of pills written as a word', () => {
  crisisKinds('poisoning', [
    'ik heb zojuist vijfentwintig slaappillen geslikt',
    'i swallowed fourteen tablets an hour ago',
    'heb er twaalf oxazepam ingenomen hoeveel is te veel',
  ]);
  noCrisis('an age, not a count of pills', [
    'ik ben 11 jaar en heb een pil genomen tegen hoofdpijn',
    'ik ben elf jaar en heb een pil genomen tegen hoofdpijn, mag dat?',
  ]);
});
