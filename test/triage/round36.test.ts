import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 36 (stop 30, docs/triage.md): notions for crises missed in development files 86 to 89, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 36: a last post, organs after the weekend, high up now, a room given up with nowhere to go', () => {
  crisisKinds('suicide', [
    'the helpline said wait for the doctor on Tuesday. I cannot hang on. this will be the last post I write',
    'quickest way to sign up as organ donor? after the weekend they can use whatever is useful. it is all planned',
    'ik zit op het bovenste parkeerdek bij het ziekenhuis. geef mijn afspraak maar aan iemand anders',
    'mijn gitaar is aan de buurjongen gegeven, huur opgezegd, en ik heb nog geen andere woning',
  ]);
  noCrisis('is not a crisis', [
    'that was the last post I write about your parking fees, I give up on the lot of you',
    'can I still register as an organ donor after this weekend at the town hall? everything else is arranged for the move',
    'huur opgezegd en de bank gaat naar mijn zus, want ik verhuis naar een nieuwe woning in Zwolle',
  ]);
});

describe('round 36: a week box taken at once with a slow pulse, gas next door, skin peeling after a new medicine', () => {
  crisisKinds('poisoning', [
    'vader heeft zijn weekdoos alle dagen tegelijk geslikt, zijn pols is 40 en hij is heel duizelig',
    'gaslucht bij de overburen; de buurvrouw zit roerloos in haar stoel achter het glas, hoofd opzij',
  ]);
  crisisKinds('red-flags', ['since she started carbamazepine her skin is peeling and there are blisters in her mouth, fever of 39']);
  noCrisis('is not a crisis', [
    'het rook gisteren even naar gas bij de buren maar de monteur heeft het lek al gemaakt',
    'mijn weekdoos van de apotheek: mag ik alle dagen tegelijk ophalen voor de vakantie?',
  ]);
});
