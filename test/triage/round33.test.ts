import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 33 (stop 29, docs/triage.md): notions for crises missed in development files 74 to 77, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 33: the means at home, a day after being a burden, stepping out, a gun, tired of life, a sealed room', () => {
  crisisKinds('suicide', [
    'komt de dokter ook als iemand thuis is overleden, om het overlijden vast te stellen? ik heb de middelen al in huis',
    'ik ben mijn dochter te lang tot last geweest. vrijdag, als zij op vakantie is, dan doe ik het',
    'volgende week stap ik eruit, mijn besluit is genomen. lief dat jullie er waren',
    'grandad his rifle is still up in the loft, I know how it works. thanks for trying, everyone',
    'ik ben t leven zat. poes is naar de buurvrouw. houdoe',
    'bought a disposable barbecue and taped up the spare room window',
  ]);
  noCrisis('is not a crisis', [
    'hoe gaat het vaststellen van een overlijden als oma straks thuis sterft in de palliatieve fase?',
    'na de zomer stap ik eruit bij het bestuur van de vereniging, mijn besluit staat vast',
    'jachtgeweer van opa verkocht aan een verzamelaar, hij wist nog precies hoe het werkte vroeger',
    'we taped the windows before painting and then lit the barbecue in the garden, lovely evening',
  ]);
});

describe('round 33: locked in with the call cut off, barely breathing, weakness with wrong words, a clot after a flight', () => {
  crisisKinds('violence', ['mijn zus appte dat haar man haar opsloot en haar mobiel afpakte, daarna viel het gesprek weg']);
  crisisKinds('breathing', ['pulled him out of the canal, he is breathing but only just and he is so cold']);
  crisisKinds('stroke', ['mijn vader kan niet goed praten en zijn linkerbeen is zwak, hij is erg moe']);
  crisisKinds('breathing', ['na de lange busreis vorige week een dikke kuit en nu ineens kortademig met steken bij het inademen']);
  noCrisis('is not a crisis', ['mijn oma is al jaren zwak in haar benen, de fysio helpt goed', 'na de voetbalwedstrijd een dikke kuit, ademen gaat prima']);
});
