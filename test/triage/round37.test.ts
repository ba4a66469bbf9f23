import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 37 (stop 30, docs/triage.md): notions for crises missed in development files 90 to 93, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 37: the last chapter, a scheduled mail, pills and waiting, social media emptied, a month of medicine', () => {
  crisisKinds('suicide', [
    'mijn laatste hoofdstuk is klaar en het boek heb ik dichtgeslagen. lief dat jullie er waren',
    'er staat een bericht ingepland voor morgenochtend. tegen die tijd is het voorbij',
    'ik heb er 25 van die witte gepakt en wacht nu tot ze werken',
    'mijn broertje heeft zijn tiktok leeggemaakt en neemt niet op',
    'de bewoner zegt dat ze haar pillen van weken in een doosje heeft gespaard en dat vanavond gaat doen',
  ]);
  noCrisis('is not a crisis', [
    'het laatste hoofdstuk van mijn roman is geschreven, het boek gaat dicht en naar de uitgever',
    'twee paracetamol genomen, ik wacht tot ze werken',
    'ik heb mijn oude facebook account verwijderd, veel rustiger zo',
  ]);
});

describe('round 37: replies under our posts', () => {
  crisisKinds('suicide', [
    'mooie campagne hoor, maar te laat voor mij.',
    'zij heeft me vorig jaar een keer gered maar deze keer niet',
    'giving my cousin my bass and the vinyl. he will understand',
    'mijn beste vriend appt een filmpje vanaf de spoorbrug en reageert verder niet meer',
    'put my name on the list for next year please. doing it tonight',
    'zeg tegen mijn begeleider dat ik haar dankbaar ben. ik ben klaar.',
    'dankjewel voor de jaren. ik ga ervandoor, en niet naar een andere baan',
  ]);
  noCrisis('is not a crisis', [
    'ik meld me af voor de nieuwsbrief, voorgoed graag',
    'mooie foto vanaf de brug bij zonsondergang, wat een plaatje',
    'zeg tegen mijn fysio dat ik haar dankbaar ben, de behandeling is klaar. ik ben klaar.',
  ]);
});

describe('round 37: a window edge, sight lost minutes ago', () => {
  crisisKinds('suicide', ['broertje zit nu op rand van het raam, benen buiten, 4 hoog']);
  crisisKinds('stroke', ['suddenly lost the vision in my left eye ten minutes ago, like a black curtain came down']);
  noCrisis('is not a crisis', ['last year I lost the vision in one eye for a while, the eye doctor found nothing']);
});
