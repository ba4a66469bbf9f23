import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 27 (stop 26, docs/triage.md): notions for crises missed in development files 52 to 55, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 27: goodbyes in everyday words', () => {
  crisisKinds('suicide', [
    'ik ga weg. niet verhuizen, niet op vakantie. gewoon weg',
    'laatste dienst gedraaid. hij gaat niet met pensioen en is niet ontslagen, hij zei dat het de laatste keer was',
    'ma zegt steeds ik wil naar papa, papa is in mei overleden, en nu doet ze niet open',
    'the date is picked, the day we lost him. then we are together again',
    'truste allemaal, dit keer voorgoed. niet verdrietig zijn',
    'zo klaar met bestaan. accounts verwijderd, alles geregeld, het kan nu',
    'Mia, sorry I was never there. your mum will explain it. love you always',
    'saw my brothers one last time today without them knowing. im calm now',
    'left him the passwords and where the will is. he is away till friday. easier this way',
    'put the songs for my funeral in a folder for after. sorry',
    'who feeds a cat when nobody is coming home? need it sorted by friday',
    "don't send anybody round, my mind is made up. jess gets the bike",
    'ik ben er met oud en nieuw niet meer bij. mijn ouders weten nog niets',
  ]);
  crisisKinds('suicide', ['ik zit op de vensterbank, zesde verdieping, benen naar buiten']);
  noCrisis('moves, trips, operations, remembrance and a goodbye to a job', [
    'niet op vakantie hoor, we verhuizen gewoon naar Zwolle',
    'op reis naar Canada voor drie maanden, wachtwoorden liggen bij mijn broer, makkelijker zo',
    'made a playlist for my funeral lol, as one does at 40',
    'slaap zacht lieve opa, ik mis je elke dag ❤️',
    'ik ben er met kerst niet meer bij, de oncoloog zegt dat het snel gaat. mijn kinderen weten het nog niet',
    'mam gaat morgen naar het verpleeghuis, er is hier dan niemand meer, wie neemt de kat?',
  ]);
});

describe('round 27: a head blow with vomiting, fumes in a household, a throat closing, a relapse', () => {
  crisisKinds('trauma', ['opa viel vanochtend van de trap op zijn hoofd en heeft nu 3 keer overgegeven']);
  crisisKinds('poisoning', ['bij ons thuis hebben we allemaal hoofdpijn en zijn we duizelig, de gaskachel brandt al de hele dag']);
  crisisKinds('anaphylaxis', ['sinds de eerste antibioticapil voelt mijn keel alsof die dichtgaat, slikken lukt bijna niet']);
  crisisKinds('breathing', ['clean sinds twee jaar, vanavond toch weer wat gebruikt, een flinke dosis, ik krijg amper lucht']);
  crisisKinds('shock', ['dad has a high fever, his hands are cold and blotchy and he falls asleep mid sentence']);
  // A recent operation is the cause, not a story told afterwards (its `two days ago` is no past marker).
  crisisKinds('breathing', ['twee dagen geleden geopereerd aan mijn knie, nu is mijn kuit dik en sinds een uur ben ik kortademig']);
  noCrisis('a bump without vomiting, a household cold and a clot treated last month', [
    'vorige maand een dikke kuit en kortademig, het bleek een trombosebeen, nu alles goed',
    'zoontje stootte zijn hoofd aan de tafel, één keer gehuild, nu speelt hij weer',
    'het hele gezin is verkouden en heeft hoofdpijn, de kachel doet het prima',
  ]);
});

describe('round 27, after set 27: teaching, policy, plays, a harmless overdose, an operation and a laughing death wish', () => {
  noCrisis('are not a crisis', [
    'in de rollenspel-training oefenden we de vraag of iemand aan zelfdoding denkt',
    'our first aid refresher: we practised asking a colleague whether they think about suicide',
    'is there a policy on students who report suicidal thoughts? asking for the student council',
    'the sixth form is staging a play that deals with self-harm, can someone read the script?',
    'hot take: suicide is not a punchline, stop sharing those memes',
    'overdosed on caffeine this morning, three energy drinks before the deadline lol',
    'hip op tomorrow at 7, see ya on the other side everyone',
    'afscheidsbrief aan mijn baas ingeleverd 🎉 vrijdag de laatste werkdag',
    'ik krijg nog een hartaanval als de trein weer vertraagd is',
    'toothache is so bad that i wanna die lmao, any dentist open on sunday?',
    'mag de juf de epipen van mijn dochter geven of moet er een arts bij?',
  ]);
  crisisKinds('suicide', ['overdosed on my sleeping pills, see ya on the other side', 'nu bovenop het viaduct. see ya on the other side']);
  crisisKinds('anaphylaxis', ['epipen given five minutes ago but her tongue keeps swelling']);
  crisisKinds('suicide', ['we oefenen vragen voor de toets maar ik denk echt aan zelfmoord']);
  crisisKinds('suicide', ['ik wil nooit meer wakker worden, maandag is de uitvaart van mijn man']);
});
