import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 32 (stop 29, docs/triage.md): notions for crises missed in development files 72 and 73, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 32: found later, all that was left taken, heading for the tracks, care no longer needed', () => {
  crisisKinds('suicide', [
    'can you put my sister down as next of kin please, she should be the one you ring once somebody finds me',
    'Graag mijn neef als noodcontact noteren. Hij moet gebeld worden als de buren me vinden.',
    'hoeft geen herhaling meer, ik heb net alles geslikt wat er nog in het kastje zat',
    "no need to book the review, I've swallowed everything that was left in the bathroom cabinet",
    'sorry voor de moeite, opbrengen kan ik het niet meer. fiets zo naar de spoorwegovergang',
    'she deserves a better dad than me. dropping her at my mum tonight, then walking to the railway line',
    'vanaf volgende maand heb ik mijn herhaalrecept niet meer nodig. dokter, bedankt, al die jaren',
    'Wie wil Snuf? Na zaterdag kan ik Snuf niet meer verzorgen. Vraag me niet waarom.',
  ]);
  noCrisis('is not a crisis', [
    'when they find me a bed on the ward can my husband stay the first night?',
    'ik heb alles wat er nog in de medicijnkast lag ingeleverd bij de apotheek, scheelt weer rommel',
    'going down to the sea with the grandkids tomorrow, thanks for everything this year!',
    'the specialist takes over in March so no repeat prescription needed, thanks for all these years',
    'we verhuizen, dus vanaf morgen kan ik de buurkat niet meer verzorgen. besluit staat vast, wie neemt het over?',
  ]);
});

describe('round 32: an inhaler that does nothing, blood spat out in mouthfuls for half an hour', () => {
  crisisKinds('breathing', ['my son his inhaler is not doing anything, fifteen puffs now and he can only say two words at a time']);
  crisisKinds('bleeding', ['keelamandelen vorige week weggehaald. spuugt sinds een kwartier mondvollen vers bloed, wat moeten we doen']);
  noCrisis('is not a crisis', [
    'de puffer doet niks tegen mijn hooikoorts, is er iets anders voor de neus?',
    'tonsils out last year, one evening I spat a little blood, it stopped by itself. all fine now',
  ]);
});

describe('round 32: red flags denied or explained', () => {
  crisisKinds('stroke', ['since she woke from the anaesthetic after her hip operation her mouth droops to one side']);
  noCrisis('a swollen sting with nothing in the face, a mouth numbed at the dentist', [
    'wespensteek in de kuit, helemaal dik en rood, niks in mijn gezicht en het ademen gaat prima',
    'net terug van de tandarts, de verdoving zit er nog in en mijn mondhoek hangt, ziet er niet uit haha',
  ]);
});
