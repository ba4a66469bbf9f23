import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import type { Kind, Lang } from '../../src/guard/types.ts';

// Fifth round of issue 8: kinds of text found by probing with our own invented sentences (never a
// development or held-out text). Each case failed on the guard before this round.
type Case = [text: string, kind: Kind, lang: Lang];

const verdict = ([text, kind, lang]: Case) => (scanText(text, { kind, lang }).verdict === 'block' ? 'block' : 'ok');

const BLOCK: Case[] = [
  // A Dutch compound of a treatment or condition no list holds: "nierdialyse", "darmspoeling" is not one.
  ['Trots op Gijs Harmelink: ondanks zijn nierdialyse rondde hij zijn opleiding af.', 'post', 'nl'],
  ['Een jaar na haar borstamputatie fietst Geertje Wolthuis weer naar haar werk.', 'post', 'nl'],
  // A double surname after a first name no list knows.
  ['Het verhaal van Yfke Hoekstra-Mulder: na twee miskramen werd vorig jaar haar dochter geboren.', 'post', 'nl'],
  // Coma, day care, a failing memory.
  ['Jildert Bouwhuis viel van de trap en heeft daarna tien dagen in coma gelegen.', 'post', 'nl'],
  ['Mevrouw Kampinga (88) gaat sinds deze maand naar de dagbesteding omdat ze vergeetachtig wordt.', 'post', 'nl'],
  // A reply: medicines to pick up at a set moment, even after "je kunt".
  ['Beste Rinske, je kunt je medicijnen morgenochtend bij de apotheek ophalen, ze liggen klaar.', 'reply', 'nl'],
  // Maternity help coming to their home.
  ['@annelies_k de kraamhulp komt overmorgen om 8 uur bij jou thuis.', 'reply', 'nl'],
  // "binnen en normaal" is a status, not "normally".
  ['Hoi Geert! Goed nieuws: de bloedwaarden zijn binnen en normaal.', 'reply', 'nl'],
  // A relative's fall.
  ['So sorry about your mum’s fall, Bethan. The frailty team will see her this afternoon.', 'reply', 'en'],
  // Staff (a coach) in care themselves.
  ['Please think of Coach Marlon Ruddock, he is on our cardiac ward recovering from a heart attack.', 'post', 'en'],
  // Replies: "hoe het gaat na je ..." is no instruction; their experience with a place of care; a
  // dosing schedule or referral letter of theirs; a relative kept in for observation or arriving on a ward.
  ['Hoi Jorien, wat lief dat je laat weten hoe het gaat na je keizersnede.', 'reply', 'nl'],
  ['Dank voor het delen van je ervaring met onze slaappoli, Bertus.', 'reply', 'nl'],
  ['Dag Henk, de apotheek heeft uw nieuwe doseerschema voor morgen klaargelegd.', 'reply', 'nl'],
  ['Beste Noor, je verwijsbrief voor de kinderpsychiater is gisteren verstuurd.', 'reply', 'nl'],
  ['Hoi Ruben, we houden je moeder vannacht nog ter observatie.', 'reply', 'nl'],
  ['Dag mevrouw Tahiri, uw zoon is net aangekomen op de kinder-IC.', 'reply', 'nl'],
  ['Beste familie Hoekman, dank dat we jullie moeder de laatste weken mochten verzorgen.', 'reply', 'nl'],
  ['@femke_vl we missen je op de longafdeling! Fijn dat je weer thuis bent.', 'reply', 'nl'],
  // English replies: wishing a recovery, the surgeon's office reaching out, the bell rung after chemo,
  // a programme of care going well for them.
  ['@dsmith_44 the night nurses loved having you, and wish you a smooth recovery at home.', 'reply', 'en'],
  ['We hear you, Corinne. Your surgeon’s office will reach out once the pathology is back.', 'reply', 'en'],
  ['@lauren.p congrats on ringing the bell today! The whole unit is cheering for you.', 'reply', 'en'],
  ['@big_al_tx glad the pulmonary rehab program is going well for you!', 'reply', 'en'],
  // A word that is also a name, with an age and a relative clause.
  ['Say hello to Robin, 4, who is back on the children’s ward for more chemo.', 'post', 'en'],
  // Staff who got a diagnosis themselves; a public figure who is in our care.
  ['Onze gastvrouw Ria Bakker (66) uit Elst kreeg vorig jaar borstkanker en schenkt nu weer koffie.', 'post', 'nl'],
  ['Zangeres Mila Vos is gisteren op de IC opgenomen, zij vertelde dat in een interview met haar manager.', 'post', 'nl'],
  // A post that opens with a handle or a name and speaks to "you" is a reply in all but name:
  // a question about their relative's condition reveals it too.
  ['@jolanda_v is je broer alweer wat opgeknapt sinds zijn hartinfarct?', 'post', 'nl'],
  ['Hey Ferdi, hoe is het met je vader na de bestraling?', 'post', 'nl'],
  ['Kim, ligt je oma nog in het ziekenhuis met die longontsteking?', 'post', 'nl'],
  ['Hi Shaz, how is your grandad doing after his stroke?', 'post', 'en'],
  ['Hoi Bram, heeft je moeder nog veel last van haar reuma?', 'reply', 'nl'],
  ['@the_mcallisters so glad your dad’s hernia repair went smoothly.', 'reply', 'en'],
  // Procedures and inflammations by their suffix; a bay on a ward.
  ['Hi Jo, sorry your cholecystectomy has been moved to May.', 'reply', 'en'],
  ['Mandy Prewitt is off work for a month with pancreatitis.', 'post', 'en'],
  ['Bay 6, Mr Hollis: norovirus, barrier nursing until Monday.', 'post', 'en'],
  ['@tomkins_r we can see you are booked into our hand clinic on Monday at 9:15.', 'reply', 'en'],
  // A public figure who is in our care; staff diagnosed, told in a relative clause.
  ['Presentator Kees Hoorneman ligt sinds dinsdag bij ons op de hartbewaking.', 'post', 'nl'],
  ['Thinking of our porter Gary Pell, who was diagnosed with lymphoma in June.', 'post', 'en'],
  // Twins, a relative out of a unit soon, in a post that opens with a handle.
  ['@mo_ahmed1 hope your twins are out of the neonatal unit by the weekend', 'post', 'en'],
  // A performer treated with us is a patient; a question to someone about their treatment is about them;
  // a word-name right after a staff role who had a transplant.
  ['Schaatser Jorrit Wessels wordt na zijn val bij ons behandeld aan zijn knie.', 'post', 'nl'],
  ['Dag Geert, knap je al wat op sinds de maagoperatie?', 'post', 'nl'],
  ['Our porter Hope, who had a liver transplant in spring, ran the relay on Sunday!', 'post', 'en'],
  // Their own battle is theirs, not a cause.
  ['Na een lange strijd tegen lymfeklierkanker fietst Wessel Oostindie weer naar zijn werk.', 'post', 'nl'],
];

const OK: Case[] = [
  // What the organisation offers, to someone addressed by name.
  ['Dag Pieter, de wachttijd voor de orthopedie is op dit moment ongeveer vijf weken.', 'reply', 'nl'],
  ['Hoi Yara, ons ziekenhuis heeft geen wachtlijst voor de polikliniek urologie.', 'reply', 'nl'],
  ['Dag Sem, bedankt voor je vraag. Informatie over een heupoperatie vind je op onze website.', 'reply', 'nl'],
  ['Hi Stacey, physio referrals are made through your GP, and waiting times are currently 5 weeks.', 'reply', 'en'],
  // A room or prize named after someone, hyphenated.
  ['De Anna Kinderfonds-kamer op de kinderafdeling is opnieuw geschilderd.', 'post', 'nl'],
  // A role of ours in apposition before the name: staff, speaking about a topic.
  ['Our head of nursing, Joy Mensah, speaks about burnout in the nursing workforce.', 'post', 'en'],
  // Dutch words whose tail only looks like a condition.
  ['Het overleg met Wietse Brandsma werd onderbroken door een brandalarm.', 'post', 'nl'],
  ['@kees_vd dank je voor het doorsturen van onze vacature tandartsassistent!', 'reply', 'nl'],
  // General information to a named reader: a group's rights, an instruction with inverted "je",
  // something free for everyone, a passive "can be".
  ['Hoi Lonneke, op de neonatologie mogen ouders dag en nacht bij hun baby zijn.', 'reply', 'nl'],
  ['Beste Joris, een verwijzing voor de psycholoog vraag je aan bij je huisarts.', 'reply', 'nl'],
  ['Hey Marcus, free flu tests are available in our main lobby while supplies last.', 'reply', 'en'],
  ['Hi Dana, infusion appointments can be rescheduled by calling our front desk.', 'reply', 'en'],
  // Public figures telling of their own health in their own media; staff getting a jab.
  ['Wielrenster Sanne Hoeks vertelde in een podcast openlijk over haar depressie.', 'post', 'nl'],
  ['Actor Liam Foyle talked in a TV interview about living with his OCD.', 'post', 'en'],
  ['Verpleegkundige Anna de Boer kreeg vanochtend als eerste de griepprik.', 'post', 'nl'],
  // A street is not a person; "our new ... lead" is staff.
  ['Say hi to Tom, our new porter at the Mill Lane surgery!', 'post', 'en'],
  ['Meet Priya Shah, our new diabetes lead, who loves baking.', 'post', 'en'],
  // An offer about a relative, or a condition as a course's topic; an organisation's handle.
  ['Hoi Wilma, heeft je vader ook interesse in onze cursus over COPD?', 'reply', 'nl'],
  ['Hi Jade, would your gran like to join our memory café on Fridays?', 'reply', 'en'],
  ['@whoeurope your new guidance on bowel cancer screening is really clear, thank you.', 'post', 'en'],
  // A group addressed, a list of names thanked, an information evening, "your GP surgery".
  ['Parents, is your toddler due for the MMR jab? Book it at your GP surgery.', 'post', 'en'],
  ['Ilse, Bart en Youssef: dank voor jullie inzet bij de griepvaccinatie deze week!', 'post', 'nl'],
  ['Hoi Mats, je bent van harte welkom op de informatieavond over darmkanker op 4 april.', 'reply', 'nl'],
  ['Hoi Jesper, dank voor je vraag. Over de behandeling van een hielspoor lees je meer op thuisarts.nl.', 'post', 'nl'],
  // A cause someone runs for; a reply that says we may not discuss anyone's stay.
  ['Femke, jij fietste zaterdag 80 km voor onderzoek naar MS. Wat een prestatie!', 'post', 'nl'],
  ['Dag Riek, wij mogen hier niets zeggen over een opname. Bel gerust met patiëntenzaken.', 'reply', 'nl'],
];

describe('fifth-round identifiers (issue 8)', () => {
  it('a BSN or NHS number blocks when its word follows it', () => {
    expect(scanText('Kunt u kijken? 111222333 (burgerservicenummer) staat op de brief.').findings.find((f) => f.rule === 'bsn')?.severity).toBe('block');
    expect(scanText('Can you look up 943 476 5919 (my NHS number) for me?', { lang: 'en' }).findings.find((f) => f.rule === 'nhs-number')?.severity).toBe(
      'block',
    );
  });

  it('an Australian Medicare number with a valid check digit blocks next to the word Medicare, and only then', () => {
    const rule = (text: string) => scanText(text, { lang: 'en' }).findings.filter((f) => f.rule === 'medicare-mbi');
    expect(rule('My Medicare number is 2123 45670 1, can you book me in?').map((f) => f.severity)).toEqual(['block']);
    expect(rule('My Medicare number is 2123 45679 1, can you book me in?')).toEqual([]); // check digit wrong
    expect(rule('Call our office on 2123 45670 1 for bookings.')).toEqual([]);
  });

  it('a client number with a letter prefix of its own may have five digits', () => {
    const f = scanText('Cliëntnummer AB-40917 van mijn vader, hij wacht op een plek.').findings.filter((x) => x.rule === 'patient-number');
    expect(f.map((x) => x.severity)).toEqual(['block']);
  });

  it('an IBAN that donations go to only warns', () => {
    const f = scanText('Every pound donated to GB82 WEST 1234 5698 7654 32 goes to our hospice garden.', { lang: 'en' }).findings;
    expect(f.filter((x) => x.rule === 'iban').map((x) => x.severity)).toEqual(['warn']);
  });
});

describe('fifth-round probes (issue 8)', () => {
  it.each(BLOCK)('blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(OK)('not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));

  it('a colleague in apposition is only ours with "our"; a vocative after a role is the person spoken to', () => {
    // "de fysio, Truus!" speaks to Truus about her exercises: that confirms her care.
    expect(verdict(['Ga zo door met de oefeningen van de fysio, Truus!', 'reply', 'nl'])).toBe('block');
  });
});
