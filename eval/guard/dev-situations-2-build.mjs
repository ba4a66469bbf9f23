// Builds eval/guard/dev-situations-2.jsonl: development data for the privacy guard, written blind.
// Run: node eval/guard/dev-situations-2-build.mjs
// Line format below: <B|O> <P|R> <family key or -> <text>
//   B = verdict "block", O = verdict "ok"; P = kind "post", R = kind "reply".
//   Records sharing a family key are variants of one situation (family = id of the first).
//   [[TYPE|value]] marks an entity; {{GEN}} is replaced by a generated identifier:
//   BSN (valid elfproef), IBAN (personal NL IBAN, valid mod-97), SSN, NHS (valid mod-11),
//   MEDICARE (valid check digit) are entities; IBAN_ORG / GBIBAN_ORG (the organisation's own
//   donation account) and BADBSN / BADNHS (numbers failing the checksum) are not entities.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let seed = 20261128;
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const digit = () => Math.floor(rnd() * 10);
const digits = (n) => Array.from({ length: n }, digit);
const pick = (a) => a[Math.floor(rnd() * a.length)];

export function bsnValid(s) {
  const d = s.replace(/\D/g, '');
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  return (sum - Number(d[8])) % 11 === 0;
}
function bsn() {
  for (;;) {
    const d = [1 + Math.floor(rnd() * 9), ...digits(7)];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += d[i] * (9 - i);
    const c = sum % 11;
    if (c < 10) return d.join('') + c;
  }
}
function badBsn() {
  for (;;) {
    const s = [1 + Math.floor(rnd() * 9), ...digits(8)].join('');
    if (!bsnValid(s)) return s;
  }
}
function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) r = (r * 10 + Number(x)) % 97;
  }
  return r;
}
export function ibanValid(s) {
  const c = s.replace(/\s/g, '');
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}
function iban(country, bban, spaced) {
  const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
  const raw = country + check + bban;
  return spaced ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
}
const nlIban = () => iban('NL', pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB']) + digits(10).join(''), rnd() < 0.6);
const gbIban = () => iban('GB', pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + digits(14).join(''), true);
function ssn() {
  for (;;) {
    const area = 1 + Math.floor(rnd() * 899);
    const group = 1 + Math.floor(rnd() * 99);
    const serial = 1 + Math.floor(rnd() * 9999);
    if (area === 666) continue;
    return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
  }
}
function nhsCheck(d) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i] * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c;
}
export function nhsValid(s) {
  const d = s.replace(/\D/g, '').split('').map(Number);
  if (d.length !== 10) return false;
  const c = nhsCheck(d);
  return c !== 10 && c === d[9];
}
function nhs() {
  for (;;) {
    const d = [4 + Math.floor(rnd() * 6), ...digits(8)];
    const c = nhsCheck(d);
    if (c === 10) continue;
    const s = d.join('') + c;
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}
function badNhs() {
  for (;;) {
    const s = [1 + Math.floor(rnd() * 9), ...digits(9)].join('');
    if (!nhsValid(s)) return s;
  }
}
export function medicareValid(s) {
  const d = s.replace(/\D/g, '').split('').map(Number);
  if (d.length < 10 || d[0] < 2 || d[0] > 6) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  return w.reduce((a, x, i) => a + x * d[i], 0) % 10 === d[8];
}
function medicare() {
  const d = [2 + Math.floor(rnd() * 5), ...digits(7)];
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  d.push(w.reduce((a, x, i) => a + x * d[i], 0) % 10);
  d.push(1 + Math.floor(rnd() * 9));
  const s = d.join('');
  return `${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`;
}

const GEN = {
  BSN: () => ['BSN', bsn()],
  IBAN: () => ['IBAN', nlIban()],
  SSN: () => ['SSN', ssn()],
  NHS: () => ['NHS_NUMBER', nhs()],
  MEDICARE: () => ['MEDICARE', medicare()],
  IBAN_ORG: () => [null, nlIban()],
  GBIBAN_ORG: () => [null, gbIban()],
  BADBSN: () => [null, badBsn()],
  BADNHS: () => [null, badNhs()],
};

function parse(src) {
  const entities = [];
  let text = '';
  let last = 0;
  const re = /\[\[([A-Z_]+)\|([^\]]+)\]\]|\{\{([A-Z_]+)\}\}/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(last, m.index);
    last = re.lastIndex;
    let type = m[1];
    let value = m[2];
    if (m[3]) {
      if (!GEN[m[3]]) throw new Error(`unknown generator ${m[3]}`);
      [type, value] = GEN[m[3]]();
    }
    const start = text.length;
    text += value;
    if (type) entities.push({ type, start, end: text.length });
  }
  text += src.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) throw new Error(`unparsed marker in: ${src}`);
  return { text, entities };
}

function build(lang, block) {
  const families = new Map();
  return block
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const [v, k, fam, ...rest] = line.split(' ');
      if (!/^[BO]$/.test(v) || !/^[PR]$/.test(k)) throw new Error(`bad line: ${line}`);
      const id = `devsit2-${lang}-${String(i + 1).padStart(3, '0')}`;
      let family = id;
      if (fam !== '-') {
        if (!families.has(fam)) families.set(fam, id);
        family = families.get(fam);
      }
      const { text, entities } = parse(rest.join(' '));
      const verdict = v === 'B' ? 'block' : 'ok';
      if ((verdict === 'block') !== entities.length > 0) throw new Error(`verdict/entities mismatch: ${id}`);
      for (const e of entities) {
        const s = text.slice(e.start, e.end);
        if (e.type === 'BSN' && !bsnValid(s)) throw new Error(`BSN ${s}`);
        if (e.type === 'IBAN' && !ibanValid(s)) throw new Error(`IBAN ${s}`);
        if (e.type === 'NHS_NUMBER' && !nhsValid(s)) throw new Error(`NHS ${s}`);
        if (e.type === 'MEDICARE' && !medicareValid(s)) throw new Error(`Medicare ${s}`);
      }
      return { id, family, lang, kind: k === 'R' ? 'reply' : 'post', text, entities, verdict, split: 'dev' };
    });
}

const NL = `
B P fgerrit [[PERSON_HEALTH|Gerrit Hofstede]] (71) uit Meppel kreeg in het voorjaar een nieuwe heup. Vandaag wandelde hij voor het eerst weer zelf naar de bakker.
B P - Onze cliënt [[PERSON_HEALTH|Fatima El Idrissi]] (39) uit Tilburg vertelt hoe ze leeft met MS en twee jonge kinderen.
B P fsem [[PERSON_HEALTH|Sem Wouters]] is 9 jaar, woont in Venlo en heeft sinds zijn derde diabetes type 1. Deze week leerde hij op de afdeling zijn eigen insulinepomp instellen.
B P - In ons magazine: [[PERSON_HEALTH|Ans van der Linde]] (83) uit Gouda over het leven met beginnende dementie in onze kleinschalige woonvorm.
B P - Na drie maanden revalidatie na een herseninfarct gaat [[PERSON_HEALTH|Henk Brouwer]] (66) uit Ede eindelijk weer naar huis. Wat een doorzetter!
B P - [[PERSON_HEALTH|Yara Bakker]] (17) uit Zaandam werd vorig jaar bij ons behandeld voor anorexia. Ze vertelt openhartig over haar herstel.
B P - Fijn nieuws: [[PERSON_HEALTH|Kees Timmermans]] uit Oss, 58 jaar, is na zijn niertransplantatie in oktober weer aan het werk.
B P - Deze week op de dialyseafdeling: [[PERSON_HEALTH|Riet Smulders]] (76, Roermond) komt al zes jaar drie keer per week bij ons.
B P - [[PERSON_HEALTH|Joost de Graaf]] uit Leiden (44) heeft longkanker en doet nu mee aan een onderzoek met immunotherapie.
B P - Wij feliciteren [[PERSON_HEALTH|Dirk Postma]] (52) uit Assen: vijf jaar na zijn leukemie is hij officieel genezen verklaard!
B P - Vannacht bevallen van een tweeling op onze verloskamer: [[PERSON_HEALTH|Lotte Verbeek]] (31) uit Breda, na een zware zwangerschap met zwangerschapsvergiftiging.
B P - [[PERSON_HEALTH|Bram Kuipers]] (24) uit Utrecht herstelt bij ons op de afdeling van een ernstige psychose. Hij wil graag zijn verhaal doen.
B P - Mevrouw [[PERSON_HEALTH|Hendrika Veenstra]] (94) uit Drachten is onze oudste cliënt met een pacemaker. Volgende week wordt ze 95!
B P - Met toestemming delen we het verhaal van [[PERSON_HEALTH|Noah Peeters]] (6) uit Maastricht, die bij ons een cochleair implantaat kreeg.
B P - Onze vrijwilliger [[PERSON_HEALTH|Wim Schouten]] (69) uit Hoorn kreeg vorig jaar prostaatkanker en staat nu weer elke dinsdag achter de koffiebar.
B P - [[PERSON_HEALTH|Esra Yilmaz]], 28 jaar uit Rotterdam-Zuid, kreeg na de geboorte van haar dochter een postnatale depressie.
B P - Op deze foto: [[PERSON_HEALTH|Jan-Willem Kok]] (47) uit Harderwijk, die na zijn hartstilstand op het voetbalveld weer traint.
B P - [[PERSON_HEALTH|Mirjam Dekker]] uit Zwolle (55) vertelt over haar leven met COPD en een zuurstofconcentrator.
B P - Welkom thuis, [[PERSON_HEALTH|Tess]]! Na 14 weken neonatologie mag de kleine Tess uit Nieuwegein, geboren bij 26 weken, eindelijk naar huis.
B P - De afdeling radiotherapie zet [[PERSON_HEALTH|Ahmed Benali]] (61) uit Den Bosch in het zonnetje: vandaag zijn laatste bestraling!
B P - [[PERSON_HEALTH|Sanne Mulder]] (33) uit Groningen heeft de ziekte van Crohn en kreeg bij ons een stoma. Ze vertelt erover in onze podcast.
B P - Na haar val in de badkamer ligt oma [[PERSON_HEALTH|Truus Hendriks]] (88) uit Almelo bij ons met een gebroken heup.
B P - Vandaag is [[PERSON_HEALTH|Femke Jansen]] (42, Apeldoorn) geopereerd aan haar hernia, morgen mag ze naar huis.
B P - Stagiaire vertelt: cliënt meneer [[PERSON_HEALTH|Van Dam]] (79) uit Katwijk heeft Parkinson en genoot zo van de muziektherapie.
B P - [[PERSON_HEALTH|Luuk Verhoeven]] (19) uit Eindhoven kreeg een epileptische aanval tijdens zijn examen en werd bij ons opgenomen. Hij is weer thuis.
B R fanouk Hoi [[PERSON_HEALTH|Anouk]], vervelend dat je knieoperatie is uitgesteld. We hebben je nieuwe datum doorgegeven aan de orthopeed.
B R - Beste meneer [[PERSON_HEALTH|Jacobs]], de uitslag van uw MRI is binnen. De neuroloog belt u morgen om die te bespreken.
B R - [[PERSON_HEALTH|@petravdberg]] Wat goed dat je chemo volgende week weer doorgaat! Sterkte, we zien je donderdag op de dagbehandeling.
B R - Hallo [[PERSON_HEALTH|Mohamed]], met 2x daags 500 mg paracetamol mag je gerust doorgaan naast je antibiotica. Wordt de koorts hoger, bel dan je huisarts.
B R - Dag mevrouw [[PERSON_HEALTH|Koster]], we zien dat u bij ons onder behandeling bent op de diabetespoli. Stuurt u ons een DM met uw vraag?
B R - [[PERSON_HEALTH|@robbie_1988]] Je staat bij ons ingepland voor het darmonderzoek op 12 maart. Vergeet de laxeermiddelen niet!
B R - Hoi [[PERSON_HEALTH|Linda]], wat naar dat je dochter weer een astma-aanval had. Geef haar puffer 4x per dag en kom morgen langs bij de kinderlongarts.
B R - Beste [[PERSON_HEALTH|Ingrid]], uw moeder ligt op afdeling B3 en het gaat naar omstandigheden goed met haar na de operatie.
B R - Dank voor je bericht [[PERSON_HEALTH|Erik]]. Ik heb met je behandelaar overlegd: je mag je dosis lithium niet zelf verlagen.
B R - [[PERSON_HEALTH|@marieke.z]] Je recept voor de antidepressiva ligt vanaf 14:00 klaar bij onze poliklinische apotheek.
B R - Hoi [[PERSON_HEALTH|Naomi]], klopt, je zwangerschapsecho is verplaatst naar vrijdag. Neem je partner gerust mee!
B R - Beste heer [[PERSON_HEALTH|Smit]], wij hebben uw klacht over de behandeling van uw hartritmestoornis doorgestuurd naar uw cardioloog.
B R - Hi [[PERSON_HEALTH|Daan]], met die klachten na je hersenschudding raden we je aan nog een week niet te sporten en je schermtijd te beperken.
B R - Beste [[PERSON_HEALTH|Gerda]], de wijkverpleging komt vanaf maandag twee keer per dag bij uw man voor zijn wondzorg.
B R - [[PERSON_HEALTH|@famvisser]] Jullie zoon mag na de amandeloperatie vanaf donderdag weer naar school, geef hem nog wel zacht eten.
B R - Hallo [[PERSON_HEALTH|Karin]], uw bloeduitslagen zijn goed: het hemoglobine is weer normaal. U hoeft geen ijzertabletten meer te slikken.
B R - Hoi [[PERSON_HEALTH|Thijs]], jammer dat je de afspraak bij de psychiater hebt gemist. We hebben een nieuwe voor je gemaakt op 3 april.
B R - Beste mevrouw [[PERSON_HEALTH|Bos]], uw vader is gisteren overgeplaatst naar de palliatieve unit. U kunt daar altijd op bezoek.
B R - [[PERSON_HEALTH|@sjoerd_dj]] Bedankt voor je geduld! Je gipscontrole is morgen om 10:30 bij de gipskamer.
B R - Hoi [[PERSON_HEALTH|Priya]], stop voorlopig met de pil tot je de gynaecoloog hebt gesproken over je trombose.
B P - [[PERSON_HEALTH|Hanneke]], hoe gaat het nu met je zoon? Is zijn astma al wat rustiger sinds de nieuwe puffer?
B P - Sterkte [[PERSON_HEALTH|Joris]], ik hoorde dat je vrouw weer in het ziekenhuis ligt met haar longen.
B P - [[PERSON_HEALTH|@ellen_w]] je dochter heeft toch ook epilepsie? Misschien is die lotgenotengroep iets voor haar.
B P - [[PERSON_HEALTH|Marco]], beterschap voor je vader met zijn nieuwe knie! Hij ligt toch op afdeling 3?
B P - Hoi [[PERSON_HEALTH|Saskia]], je moeder vertelde me dat je broer in de kliniek zit voor zijn verslaving. Veel sterkte.
B P - [[PERSON_HEALTH|Wendy]], is je man al van de IC af na zijn longontsteking?
B P - Lieve [[PERSON_HEALTH|Tineke]], wat verdrietig dat jullie jongste de diagnose autisme heeft gekregen, maar wat knap hoe jullie ermee omgaan.
B P - [[PERSON_HEALTH|Rob]], heeft je opa nog veel last van die beginnende dementie? Mijn oma had precies hetzelfde.
B P - [[PERSON_HEALTH|@kim_hoekstra]] wens je schoonvader veel succes met zijn eerste dialyse morgen!
B P - Hey [[PERSON_HEALTH|Nadia]], hoe is het met je zusje na haar overdosis? Ik denk aan jullie.
B P - [[PERSON_HEALTH|Peter]] je vrouw heeft toch ook borstkanker gehad? Dan weet je hoe zwaar dit is.
B P - Hoi [[PERSON_HEALTH|Mariska]], je tweeling ligt toch nog op de couveuse-afdeling met die infectie? Dikke knuffel.
B P - De CT-scan van [[PERSON_HEALTH|Frank de Wit]] liet gelukkig geen uitzaaiingen zien. Frank, we zijn zo blij voor je!
B P - Recept voor [[PERSON_HEALTH|J. Hermans]] (oxycodon 10 mg) ligt klaar bij de balie van de poliklinische apotheek.
B P - Uitslag bloedkweek [[PERSON_HEALTH|Ilse van Rijn]]: positief op E. coli, antibiotica aangepast.
B P - Goed nieuws voor [[PERSON_HEALTH|Ruben Koopman]]: zijn PSA-waarde is na de bestraling gedaald naar 0,1.
B P - Het biopt van [[PERSON_HEALTH|Marloes Boer]] is goedaardig! Ze had het zelf nog niet gedeeld maar wij zijn zo blij.
B P - Wie haalt de insuline voor meneer [[PERSON_HEALTH|Prins]] op bij de apotheek? Hij kan zelf de deur niet uit.
B P - De MRI van [[PERSON_HEALTH|Evi]] (12) toont een gescheurde kruisband, ze wordt volgende maand geopereerd.
B P - [[PERSON_HEALTH|Hr. Vos]] heeft zijn HbA1c van 9,2 naar 6,8 gekregen, complimenten van de diabetesverpleegkundige!
B P - Kamer 214, [[PERSON_HEALTH|mevr. Lammers]]: coronatest positief, isolatie tot vrijdag.
B P - Herhaalrecept methylfenidaat voor [[PERSON_HEALTH|Stijn Verhagen]] kan vanaf morgen worden opgehaald.
B P - Mammografie van [[PERSON_HEALTH|Corrie Willems]] uit Weert: geen afwijkingen gevonden. Fijn hè Corrie!
B P - Sinds de nieuwe medicatie zijn de aanvallen van [[PERSON_HEALTH|Lars Hoekstra]] gehalveerd, vertelt zijn moeder trots.
B P - Echo van de schildklier bij [[PERSON_HEALTH|Annemiek Visser]] laat een knobbel zien, verder onderzoek volgt.
B P fbsn Mijn BSN is {{BSN}}, kunnen jullie mijn afspraak bij de poli nu terugvinden?
B P - Voor de aanvraag van de Wlz-indicatie van mijn moeder: haar burgerservicenummer is {{BSN}}.
B P - bsn {{BSN}} geboortedatum [[DATE_OF_BIRTH|12-03-1961]], ik wacht al weken op mijn uitslag
B P - Hierbij het BSN van mijn zoon ({{BSN}}) voor de verwijzing naar de kinderarts.
B P - Kunt u even checken of er een verwijzing is binnengekomen? {{BSN}} (burgerservicenummer), naam staat in mijn profiel
B P - Mijn man zijn BSN: {{BSN}}. Hij ligt sinds gisteren bij jullie op de cardiologie.
B P - BSN {{BSN}} - graag mijn dossier opsturen naar mijn nieuwe huisarts
B P - Ik stuur even mijn gegevens: burgerservicenummer {{BSN}}, patiëntnummer [[PATIENT_NUMBER|7204419]].
B P - Kunnen jullie de eigen bijdrage terugstorten op {{IBAN}} t.n.v. mijn moeder? Ze heeft te veel betaald voor haar thuiszorg.
B P - Mijn rekeningnummer voor de terugbetaling van het eigen risico is {{IBAN}}.
B P - Graag de vergoeding van de reiskosten naar de dialyse overmaken op {{IBAN}}.
B P - Rekening {{IBAN}} staat op naam van mijn vader, hij woont in jullie verpleeghuis. Daar mag het geld heen.
B P - iban {{IBAN}} voor het restitutiebedrag van mijn fysiotherapie aub
B P - Mijn IBAN is {{IBAN}}, kunt u de dubbele betaling van mijn ziekenhuisrekening terugboeken?
B P - Bel mij maar terug op [[PHONE|06-41827365]] over de uitslag van mijn biopsie.
B P - Mijn moeder heeft dementie en neemt niet op, bel liever haar buurvrouw: [[PHONE|06 2938 4712]].
B P - Kan de wijkverpleging mij bellen op [[PHONE|+31 6 18273645]]? Het gaat om de wondzorg van mijn vader.
B P - nummer van mn zus is [[PHONE|0612837465]], zij regelt alles sinds mijn opname
B P - Stuur de ontslagbrief van mijn moeder maar naar [[EMAIL|h.devries1958@hotmail.com]].
B P - Mijn uitslagen graag mailen naar [[EMAIL|sandervanloon@gmail.com]], ik kan niet inloggen op het portaal.
B P - U kunt de verwijzing voor de psycholoog sturen naar [[EMAIL|noor.hendriks@ziggo.nl]].
B P - mailen naar [[EMAIL|kees_en_ria@kpnmail.nl]] aub, het gaat over de knieoperatie van [[PERSON_HEALTH|Ria]]
B P - De apotheek kan de medicijnen bezorgen op [[ADDRESS|Lindenlaan 23]], [[POSTCODE|7521 KT]] Enschede, mijn vader ligt op bed met een longontsteking.
B P - Adres voor de rolstoel: [[ADDRESS|Molenstraat 8a]], [[POSTCODE|3581 BG]] Utrecht. Mijn vrouw kan sinds haar beroerte niet meer lopen.
B P - Mijn moeder woont op [[ADDRESS|Kastanjehof 112]] in Zoetermeer ([[POSTCODE|2715 HJ]]), kan de ergotherapeut daar langs?
B P - Stuur het hulpmiddel naar [[ADDRESS|Dorpsstraat 41]], [[POSTCODE|5721 AX]] Asten, t.a.v. mijn man die net thuis is na zijn darmoperatie.
B P - Mijn patiëntnummer is [[PATIENT_NUMBER|4829175]], wanneer hoor ik meer over mijn operatiedatum?
B P - Ziekenhuisnummer [[PATIENT_NUMBER|Z-2041873]], graag terugbellen over de uitslag.
B P - Cliëntnummer [[PATIENT_NUMBER|CL-55832]] van mijn moeder, ze wacht op een plek in de psychogeriatrie.
B P - patnr [[PATIENT_NUMBER|8372615]] heb ik al doorgegeven aan de assistente maar nog niks gehoord over de scan
B P - Ik ben geboren op [[DATE_OF_BIRTH|4 juli 1957]] en heb een afspraak bij de longarts, maar mijn brief is kwijt. Kunt u kijken?
B P - Naam staat in mijn profiel, geboortedatum [[DATE_OF_BIRTH|23-11-1989]], ik wil mijn vaccinatiegegevens opvragen.
B P - Mijn dochter (geb. [[DATE_OF_BIRTH|17/02/2016]]) heeft een afspraak bij de kinderpsycholoog, kan die naar de middag?
O P - Minister van Volksgezondheid Marieke Doornbos bracht vandaag een werkbezoek aan onze afdeling geriatrie en sprak met verpleegkundigen over de werkdruk.
O P - Wethouder Zorg Hans Verbrugge opende vanmiddag het nieuwe gezondheidscentrum in de wijk Oosterpark.
O P - Staatssecretaris Jeugdzorg Iris Oudeman liep een ochtend mee met onze jeugdverpleegkundigen.
O P - Gedeputeerde Annet Zwaan van de provincie kwam kijken bij de nieuwe ambulancepost.
O P - Burgemeester Frank Heerkens reikte vandaag de vrijwilligersprijs uit aan het team van onze dagbesteding.
O P - De Commissaris van de Koning, Peter Lindeboom, bezocht onze huisartsenpost tijdens de nachtdienst.
O P - Kamerlid Sevda Karaca (woordvoerder zorg) sprak op ons symposium over personeelstekorten.
O P - Wethouder Welzijn Gijs Meijerink bekeek de nieuwe dementievriendelijke tuin van ons verpleeghuis.
O P - De minister voor Langdurige Zorg, Rens Hoogland, opende de nieuwe kleinschalige woonvorm in Hengelo.
O P - Wethouder Jeugd Karim Essafi kwam op de koffie bij het consultatiebureau in Noord.
O P - Burgemeester Ellen Kruithof gaf vandaag het startsein voor de griepprikcampagne voor onze medewerkers.
O P - Het Dr. Willem Bosch Ziekenhuis zoekt vrijwilligers voor de informatiebalie.
O P - De Jacoba van Beierenzaal is tijdelijk verhuisd naar de tweede verdieping.
O P - In het Sophia Ravensteijn Paviljoen start maandag de nieuwe poli voor bewegingsstoornissen.
O P - Verpleeghuis Huize Anna Terpstra viert zijn 50-jarig bestaan met een open dag.
O P - De Florence Nightingale-vleugel krijgt nieuwe zonwering, excuses voor de overlast.
O P - De Pieter Kok-kamer op de kinderafdeling is opnieuw ingericht dankzij een gift van de Lionsclub.
O P - Hospice Johanna Wessels zoekt nieuwe vrijwilligers voor de avonddienst.
O P - Bezoekers van het Dr. Van der Hoevencentrum kunnen vanaf vandaag parkeren op P3.
O P - Het Prof. Meindersma-laboratorium is dit weekend gesloten voor onderhoud.
O P - Woonzorgcentrum Mgr. Nolenshof organiseert zaterdag een rommelmarkt.
O P - De meeste mensen met dementie hebben de ziekte van Alzheimer. Onze geheugenpoli legt uit welke signalen je niet moet negeren.
O P - Donderdag is er een informatieavond over de ziekte van Parkinson: bewegen, medicatie en voeding.
O P - Bij de ziekte van Crohn kan het hele maag-darmkanaal ontstoken raken. Onze MDL-verpleegkundigen leggen het uit in deze video.
O P - Het Hodgkin-lymfoom is een vorm van lymfeklierkanker die vaak goed te behandelen is. Lees meer op onze website.
O P - Vandaag is het Wereld Downsyndroom Dag! We dragen allemaal twee verschillende sokken 🧦🧦
O P - Ons expertisecentrum voor het syndroom van Sjögren breidt uit met een extra reumatoloog.
O P - Ziekte van Lyme? Controleer je huid na een tekenbeet en let op een rode kring. Meer info in onze folder.
O P - De ziekte van Huntington is erfelijk. Onze klinisch geneticus geeft uitleg over testen en keuzes.
O P - Guillain-Barré is zeldzaam maar ingrijpend. Lees hoe onze revalidatieafdeling patiënten weer aan het lopen krijgt.
O P - Het fenomeen van Raynaud: koude, witte vingers. Wanneer moet je naar de huisarts?
O P - Nieuwe behandelingen bij de ziekte van Bechterew besproken op ons reumasymposium.
O P - Alzheimer Café in de bibliotheek: elke derde dinsdag van de maand, iedereen welkom.
O P - Kinderen met het syndroom van Down hebben vaker een hartafwijking. Onze kindercardioloog legt uit waarom.
O P - Steun ons hospice! Uw gift is welkom op {{IBAN_ORG}} t.n.v. Stichting Vrienden van Hospice De Linde.
O P - Een bijdrage voor de lachdokter op de kinderafdeling? Maak een gift over naar {{IBAN_ORG}} o.v.v. 'lachdokter'.
O P - Dankzij uw giften op {{IBAN_ORG}} (Stichting Vrienden van het Zorgcentrum) kon de belevingstuin worden aangelegd.
O P - Sponsorloop voor de nieuwe duofiets: doneren kan op {{IBAN_ORG}} t.n.v. Vriendenfonds Zorggroep Oost.
O P - Kerstactie: elke euro op {{IBAN_ORG}} gaat naar een uitje voor bewoners. Wij hebben de ANBI-status, dus uw gift is aftrekbaar.
O P - Vragen over je afspraak? Mail naar afspraken@zorggroep-oost.nl of bel ons algemene nummer.
O P - Facturen en declaraties kunt u sturen naar facturen@ziekenhuisdelinde.nl.
O P - Wil je solliciteren? Stuur je cv naar vacatures@thuiszorgnoord.nl.
O P - Voor algemene vragen: info@ggz-dehaven.nl. Bij spoed bel je altijd 112.
O P - Persvragen graag via pers@medischcentrumwest.nl.
O P - Klachten kunt u melden via klachten@verpleeghuisdeberken.nl, onze klachtenfunctionaris reageert binnen 5 werkdagen.
O P - Vrijwilligerswerk in het hospice? Mail vrijwilligers@hospicedelinde.nl.
O R - Ons webcareteam is ook in het weekend bereikbaar via webcare@zorggroep-oost.nl. Deel daar liever geen medische gegevens in een openbare reactie.
O P - Maak kennis met Roos Vermeulen, onze nieuwe teamleider op de afdeling interne geneeskunde. Roos werkte hiervoor tien jaar op de IC.
O P - Welkom aan Jeroen Bakker, die vanaf maandag ons team van wijkverpleegkundigen in Deventer-Oost versterkt.
O P - Even voorstellen: Fleur Aydin, onze nieuwe diëtist. Ze fietst graag en bakt de lekkerste appeltaart van de afdeling.
O P - Dr. Martijn Hoek is per 1 maart benoemd tot kinderarts in ons ziekenhuis.
O P - Vandaag neemt Gerda Oosterhuis na 40 jaar afscheid als verpleegkundige. Bedankt voor alles, Gerda!
O P - Onze nieuwe bestuurder Willemijn Hartog stelt zich voor in een korte video.
O P - Maak kennis met Sam de Vries, geestelijk verzorger in ons hospice.
O P - Welkom Tom van Leeuwen en Aisha Rahimi, onze nieuwe leerling-verpleegkundigen!
O P - Fysiotherapeut Niels Brink is vanaf nu ook op woensdag beschikbaar op de locatie Centrum.
O P - Collega Marja Schuurman (zorgmedewerker op De Lindehof) won de prijs voor Zorgheld van het Jaar!
O P - Griepprik gehaald? Ben je 60+ of heb je een chronische aandoening, dan krijg je een uitnodiging van je huisarts.
O P - Het hooikoortsseizoen is begonnen. Tip: was je haar voor het slapengaan en houd 's ochtends de ramen dicht.
O P - Pijn op de borst die uitstraalt naar je arm of kaak? Bel direct 112.
O P - Thuis je bloeddruk meten? Doe het twee keer per dag, op vaste tijden, na vijf minuten rustig zitten.
O P - Drink bij warm weer extra water, zeker als je ouder bent of plastabletten gebruikt.
O P - Antibiotica werken niet tegen virussen zoals verkoudheid en griep.
O P - Eén op de vijf vrouwen krijgt rond de zwangerschap last van somberheid. Praat erover met je verloskundige.
O P - Huidkanker voorkomen? Smeer elke twee uur opnieuw en zoek tussen 12 en 15 uur de schaduw op.
O P - Stoppen met roken? Onze longverpleegkundigen geven gratis advies op het inloopspreekuur.
O P - Valpreventie bij ouderen: goede verlichting, geen losse kleedjes en stevige schoenen.
O P - Een kind met hoge koorts dat slap en suf is: bel altijd de huisarts of de huisartsenpost.
O P - Schaatsster Jolien Ravestein vertelde vorige week zelf in een tv-interview over haar burn-out. Mooi dat ze dit bespreekbaar maakt.
O P - Presentator Mark Oldenkamp deelde op zijn eigen kanaal dat hij diabetes type 1 heeft. Dat helpt jongeren enorm.
O P - Zanger Ricardo Mendes praat in zijn nieuwe documentaire openlijk over zijn ADHD.
O P - Oud-voetballer Bert Koning is ambassadeur van onze hartactie en vertelde op het podium over zijn eigen bypassoperatie.
O P - Schrijfster Hanna Groen las in de bibliotheek voor uit haar boek over haar jaren met een eetstoornis. De zaal was muisstil.
O P - Cabaretier Dennis Lagerweij maakt in zijn nieuwe show grappen over zijn eigen angststoornis. Herkenbaar!
O P - Vacature: verpleegkundige SEH (32-36 uur), ervaring met triage is een pré. Reageer voor 1 december.
O P - Wij zoeken een helpende plus voor onze woonzorglocatie in Doetinchem. Flexibele uren en goede begeleiding.
O P - Zin in een uitdaging? Ons ggz-team zoekt een GZ-psycholoog voor de volwassenenpoli.
O P - Vacature medisch secretaresse oncologie, 24 uur per week.
O P - Ben jij onze nieuwe wijkverpleegkundige niveau 5? Auto van de zaak en een fijn team!
O P - We zoeken een facilitair medewerker voor de nachtdienst. Zorgervaring is niet nodig.
O P - Open sollicitatiedag zaterdag 10:00-14:00: kom langs en maak kennis met onze teams!
O P - Zaterdag 14 juni: open dag in ons nieuwe gezondheidscentrum met rondleidingen en een springkussen voor de kinderen.
O P - Inloopavond over mantelzorg en respijtzorg, dinsdag om 19:30 in de aula.
O P - Reanimatiecursus voor buurtbewoners op 3 oktober, gratis, aanmelden via de website.
O P - Kerstconcert in de kapel van het verpleeghuis, iedereen welkom, de toegang is gratis.
O P - Fietstocht voor het goede doel: 60 km langs de IJssel op zondag, start bij de hoofdingang.
O P - Symposium 'Samen beslissen' voor huisartsen en medisch specialisten op 20 november.
O P - Lotgenotenbijeenkomst voor ouders van te vroeg geboren kinderen, elke eerste maandag van de maand.
O P - Dag van de Verpleging: taart voor alle collega's in de centrale hal 🎂
O P - Uw bestelling met ordernummer {{BADBSN}} wordt morgen geleverd bij de centrale magazijnbalie.
O P - Referentienummer storing telefooncentrale: {{BADBSN}}. De storing is inmiddels verholpen.
O P - Factuurnummer {{BADBSN}} van de leverancier van incontinentiemateriaal is betaald.
O P - Artikelnummer {{BADBSN}} (handschoenen maat M) is weer op voorraad in het magazijn.
O P fgerrit Een 71-jarige cliënt kreeg in het voorjaar een nieuwe heup. Vandaag wandelde hij voor het eerst weer zelf naar de bakker.
O P fsem Kinderen met diabetes type 1 leren op onze afdeling hun eigen insulinepomp instellen.
O R fanouk Hoi, vervelend om te horen! Stuur ons een DM, dan kijken we samen naar je vraag. Deel liever geen medische gegevens in een openbare reactie.
O R fbsn Deel nooit je BSN op sociale media. Stuur ons een privébericht, dan bellen we je terug.
`;

const EN = `
B P - [[PERSON_HEALTH|Graham Whitfield]] (67) from Barnsley had a triple bypass with us in May and has just finished his first 5k.
B P - Meet [[PERSON_HEALTH|Priya Chaudhary]], 34, from Leicester, who was diagnosed with lupus after years of unexplained pain.
B P falfie Little [[PERSON_HEALTH|Alfie Dunn]] (4) from Swindon rang the end-of-treatment bell today after 18 months of chemo for leukaemia!
B P - [[PERSON_HEALTH|Margaret Oyelaran]], 88, from Croydon, is recovering on our ward after a hip fracture and says the custard is the best bit.
B P - Our patient [[PERSON_HEALTH|Declan Murphy]] (29) from Belfast talks about rebuilding his life after a spinal cord injury.
B P - Congratulations to [[PERSON_HEALTH|Sophie Kendall]] (41) from Truro, five years cancer-free after her mastectomy.
B P - [[PERSON_HEALTH|Tom Aldridge]] is 15, lives in Ipswich and has cystic fibrosis. He's raising money for our respiratory unit.
B P - After 11 weeks in intensive care with covid pneumonia, [[PERSON_HEALTH|Roberto Santos]] (52) of Luton went home today to a guard of honour.
B P - In this month's newsletter: [[PERSON_HEALTH|Jean Porter]], 79, of Whitby, on living with macular degeneration.
B P - [[PERSON_HEALTH|Kezia Adams]] (22) from Cardiff shares how our eating disorder service helped her recover from bulimia.
B P - We're proud of [[PERSON_HEALTH|Harold Brierley]], 93, of Kendal, our oldest patient to have a pacemaker fitted this year.
B P - [[PERSON_HEALTH|Aisha Mensah]] (30) from Manchester had a stroke at 29. Here's her story of learning to talk again.
B P - Baby [[PERSON_HEALTH|Isla]], born at 24 weeks in Norwich, has finally gone home after four months on our neonatal unit.
B P - [[PERSON_HEALTH|Gary Whitlock]], 58, from Dundee, was treated on our ward for alcohol withdrawal and is now 200 days sober.
B P - Pictured: [[PERSON_HEALTH|Maureen Ellis]] (72) of Stoke, back on the bowls green after her knee replacement.
B P - [[PERSON_HEALTH|Josh Patel]], 19, from Slough, was diagnosed with type 1 diabetes during his A-levels and now volunteers with us.
B P - Patient story: [[PERSON_HEALTH|Ellen Marsh]], 46, from Bath, on her schizophrenia diagnosis and finding the right medication.
B P - [[PERSON_HEALTH|Callum Reid]] (11) from Inverness broke both arms falling off a trampoline and was treated in our fracture clinic.
B R fsarah Hi [[PERSON_HEALTH|Sarah]], sorry your hysterectomy has been postponed. Your new date is 14 March and the ward will confirm by letter.
B R - [[PERSON_HEALTH|@daveyboy77]] We can see you're booked into our fracture clinic on Thursday at 10:40. Please bring your sling.
B R - Hi [[PERSON_HEALTH|Linda]], your mum is on Ward 12 and comfortable after her surgery. You can visit from 2pm.
B R - Dear Mr [[PERSON_HEALTH|Okafor]], your biopsy results are back and your consultant will call you tomorrow.
B R - Hi [[PERSON_HEALTH|Jen]], with your son's temperature at 39 you can give paracetamol and ibuprofen and keep him drinking. If he gets drowsy call 111.
B R - [[PERSON_HEALTH|@lucy_h]] Your prescription for sertraline 100 mg is ready to collect from our outpatient pharmacy.
B R - Hi [[PERSON_HEALTH|Marcus]], please don't stop your warfarin before the procedure until the anticoagulation clinic tells you to.
B R - Thanks [[PERSON_HEALTH|Bethany]], we've passed your concerns about your epilepsy medication on to your neurology team.
B R - Hi [[PERSON_HEALTH|Carl]], you missed your methadone review on Monday, so we've rebooked you for Friday at 9am.
B R - [[PERSON_HEALTH|@the_hendersons]] Your daughter can go back to school 48 hours after her last bout of vomiting.
B R - Hello [[PERSON_HEALTH|Pam]], your blood results show your thyroid is back in range, so keep taking 75 micrograms.
B R - Hi [[PERSON_HEALTH|Nadia]], congratulations! Your 20-week scan is booked for 2 June at our maternity unit.
B R - Dear Mrs [[PERSON_HEALTH|Lowe]], your husband has moved to the hospice and is settled. Visiting is open all day.
B R - Hi [[PERSON_HEALTH|Ryan]], after your ACL repair keep icing the knee and stay on crutches for another week before putting full weight on it.
B R - [[PERSON_HEALTH|@anna.b]] We're sorry your mum's dementia assessment has been delayed; the memory clinic will call you this week.
B P - [[PERSON_HEALTH|Claire]], how's your little one's asthma now he's on the purple inhaler?
B P - Thinking of you [[PERSON_HEALTH|Steve]], hope your wife's chemo is going ok this round.
B P - [[PERSON_HEALTH|@megan_t]] isn't your brother on the same ward with his pancreatitis? Say hi from us.
B P - [[PERSON_HEALTH|Gemma]], is your dad home yet after his heart op?
B P - Sending love [[PERSON_HEALTH|Jo]], heard your daughter's back in the eating disorder unit.
B P - [[PERSON_HEALTH|Phil]], your son has ADHD too doesn't he? This parent group might help.
B P - Hi [[PERSON_HEALTH|Rach]], how's your nan getting on with the dialysis?
B P - [[PERSON_HEALTH|Kev]] mate, is your missus still off work with her slipped disc? Tell her to try our physio.
B P - [[PERSON_HEALTH|@sian_wales]] hope your twins are out of the special care baby unit soon xx
B P - Great news: [[PERSON_HEALTH|Liam Foster]]'s PET scan is all clear! The whole ward is celebrating.
B P - Prescription for [[PERSON_HEALTH|D. Campbell]] (morphine sulfate 10 mg) ready for collection at the dispensary.
B P - Bay 4, [[PERSON_HEALTH|Mrs Evans]]: C. diff positive, barrier nursing until further notice.
B P - [[PERSON_HEALTH|Ollie Bright]]'s MRI shows a torn meniscus, he's having surgery next month.
B P - [[PERSON_HEALTH|Rita Sandhu]]'s smear came back with abnormal cells and she's been referred for colposcopy.
B P - Who's picking up Mr [[PERSON_HEALTH|Hughes]]'s insulin from the pharmacy today? He can't get out.
B P - [[PERSON_HEALTH|Fiona Grant]]'s HbA1c is down from 78 to 52, well done from the diabetes team!
B P - Repeat prescription of quetiapine for [[PERSON_HEALTH|Aaron Webb]] can be collected from Thursday.
B P - Covid swab for Mr [[PERSON_HEALTH|Li]] in side room 3 is positive, please update the board.
B P - [[PERSON_HEALTH|Natalie Cross]]'s bone density scan shows osteoporosis, GP to start alendronate.
B P - My SSN is {{SSN}}, can you find my claim for the ER visit?
B P - Billing asked for my mother's social security number: {{SSN}}. She was admitted on Monday.
B P - ssn {{SSN}} dob [[DATE_OF_BIRTH|03/14/1972]], still waiting on my lab results
B P - Here's my husband's SSN ({{SSN}}) for the insurance form for his surgery.
B P - Social: {{SSN}}. Please just call me about my MRI bill.
B P - My NHS number is {{NHS}}, can you check if my referral to cardiology went through?
B P - Mum's NHS no. {{NHS}} - she's been waiting 6 months for her cataract op.
B P - NHS number {{NHS}}, I need a copy of my discharge letter.
B P - Could someone look up {{NHS}} (my NHS number)? I missed a call from the ward.
B P - my sons nhs number is {{NHS}}, the paeds clinic never sent the letter
B P - Please send the district nurse to [[ADDRESS|14 Ashgrove Road]], Leeds [[POSTCODE|LS6 2BT]], my dad can't get out of bed since his stroke.
B P - Wheelchair delivery address: [[ADDRESS|Flat 3, 27 Kingsley Court]], Manchester [[POSTCODE|M14 5RT]].
B P - My nan lives at [[ADDRESS|9 Orchard Close]], [[POSTCODE|BS16 4QJ]], can the OT visit her there?
B P - Can the oxygen be delivered to [[ADDRESS|112 Station Road]], Cardiff [[POSTCODE|CF14 3NN]]? My wife has COPD.
B P - My MRN is [[MRN|00482913]], can someone tell me when my surgery is scheduled?
B P - Patient MRN [[MRN|MRN-7731904]], requesting records for my oncology consult.
B P - Hospital number [[MRN|RX4471029]] for my mum, she's on the stroke ward.
B P - mrn [[MRN|5520918]] - still haven't heard about my colonoscopy date
B P - My Medicare number is {{MEDICARE}}, can you bulk bill my follow-up with the dermatologist?
B P - Call me on [[PHONE|07700 900482]] about my biopsy results please.
B P - Email my results to [[EMAIL|gary.thompson72@gmail.com]], I can't log into the portal.
B P - DOB [[DATE_OF_BIRTH|21/09/1984]], surname in my profile, I need my vaccination record for work.
B P - My mum's Medicare card is {{MEDICARE}}, she's in your aged care home and needs her scripts renewed.
O P - Health Secretary Amanda Bright visited our A&E this morning to meet nurses working the night shift.
O P - The Mayor, Councillor Dev Sharma, opened our new community health hub in Eastfield today.
O P - Local MP Gareth Morland toured the maternity unit and heard about our midwife recruitment plans.
O P - Cabinet member for adult social care, Cllr Julie Brennan, joined our carers' coffee morning.
O P - The Minister for Mental Health, Tom Whitaker, spoke at our conference about waiting times.
O P - Governor Lisa Marquez signed the Nurses Week proclamation at our hospital today.
O P - State Senator Michael Reyes visited our rural clinic to talk about broadband for telehealth.
O P - Lord Mayor Hannah Cole presented long-service awards to 40 of our staff.
O P - The Chief Nursing Officer, Ruth Adeyemi, spent the day shadowing our district nurses.
O P - The Eleanor Whitcombe Wing is closed to visitors today due to a fire alarm test.
O P - Our Sir Arthur Penrose Day Surgery Unit has moved to the ground floor.
O P - Parking for the Dr Margaret Hale Centre is now in car park C.
O P - Florence Ward has new visiting times from Monday: 2pm to 8pm.
O P - The St Brigid's Hospice garden is open to the public on Sundays.
O P - The Edith Carver Children's Ward got a makeover thanks to our fundraisers.
O P - Mary Seacole Ward is recruiting band 5 nurses.
O P - Alzheimer's disease is the most common cause of dementia. Our memory clinic explains the early signs.
O P - Our Parkinson's support group meets in the chapel every second Tuesday.
O P - Living with Crohn's? Join our IBD nurses for a Q&A on diet and flare-ups.
O P - Hodgkin lymphoma is one of the most treatable cancers. Read our guide.
O P - Happy World Down Syndrome Day! Rock your odd socks 🧦
O P - Huntington's disease is inherited. Our genetics team explains the testing options.
O P - Bell's palsy causes sudden weakness on one side of the face, but so can a stroke. If in doubt, call 999.
O P - Tourette's is more than swearing. Our neurodevelopmental team busts the myths.
O P - Addison's disease: what is an adrenal crisis and why do patients carry an emergency card?
O P - Raynaud's flares up in cold weather. Keep your hands and feet warm.
O P - Support our hospice: donate by bank transfer to {{GBIBAN_ORG}} (Hospice Friends Charity).
O P - Every pound donated to {{GBIBAN_ORG}} goes to our children's ward play team.
O P - International supporters can give to our charity account {{GBIBAN_ORG}}, reference APPEAL24.
O P - Questions about your appointment? Email appointments@northfieldhealth.org.uk
O P - Billing enquiries go to billing@riversidemedical.com.
O P - Want to join us? Send your CV to careers@greenlanescare.co.uk
O P - Media enquiries: press@westmoorhospital.org.uk
O P - Compliments and complaints can be sent to feedback@oakwoodcarehome.co.uk.
O P - For general questions email info@harbourmentalhealth.org; in an emergency always call 999.
O P - Meet Chloe Barker, our new ward sister on Ward 7. Chloe has worked in the trust for 12 years.
O P - Welcome to Dr Samuel Idowu, who joins our cardiology team as a consultant.
O P - Say hello to Becky, our new receptionist at the Hill Street surgery!
O P - After 35 years, porter Dennis Walsh retires today. Thank you Dennis!
O P - Meet Ravi Kumar, our new physiotherapy lead, who loves cycling and terrible puns.
O P - Congratulations to Grace Holloway, our Healthcare Assistant of the Year!
O P - Our new chaplain, Rev. Helen Moss, is available on the wards every weekday.
O P - Welcome to our new student nurses Amy, Jordan and Fatou!
O P - Chest pain spreading to your arm or jaw? Call 999 straight away.
O P - Antibiotics don't work on colds or flu.
O P - Over 65? You're eligible for a free flu jab this autumn.
O P - Sun safety: reapply sunscreen every two hours and after swimming.
O P - Know the signs of sepsis: slurred speech, extreme shivering, passing no urine, severe breathlessness.
O P - Falls prevention tips: good lighting, no loose rugs and sturdy shoes.
O P - One in four people will experience a mental health problem each year. It's OK to talk.
O P - Stopping smoking at any age improves your heart and lungs within weeks.
O P - Keep medicines locked away and out of children's reach, and button batteries too.
O P - Drink plenty of water in hot weather, especially if you're older or on water tablets.
O P - Footballer Jamie Carrow spoke openly on his own podcast about his depression. Brave and important.
O P - TV chef Dana Holt shared on her own channel that she has coeliac disease, along with her gluten-free recipes.
O P - Singer Marcus Vale has talked in interviews about living with type 1 diabetes on tour.
O P - Olympic rower Beth Ainsley told a packed hall at our conference about her recovery from anorexia.
O P - Comedian Pete Rourke's new show is all about his own ADHD diagnosis. Go see it!
O P - We're hiring! Band 5 staff nurses for our acute medical unit. Apply by 30 November.
O P - Healthcare assistant vacancies in our community team, full training given.
O P - Join our mental health crisis team as a senior practitioner.
O P - Part-time medical secretary needed for our orthopaedic clinic, 22.5 hours.
O P - Domestic assistants wanted for night shifts, no experience necessary.
O P - Come to our recruitment open day this Saturday 10am-2pm, interviews on the day!
O P - Free CPR training for the community on 12 October, book via our website.
O P - Carers' coffee morning every Wednesday in the Atrium cafe.
O P - Our Christmas carol concert is on 18 December in the chapel, all welcome.
O P - Sponsored walk for the neonatal unit on Sunday, starting at the main entrance.
O P - Open day at our new birth centre: tours, tea and cake.
O P - Bereavement support drop-in, first Monday of every month, 6-8pm.
O P - Your order {{BADNHS}} for ward supplies has been dispatched.
O P - Ticket reference {{BADNHS}}: the phone system outage has been fixed.
O P - Invoice {{BADNHS}} from our catering supplier has been paid.
O P falfie A 4-year-old rang the end-of-treatment bell today after 18 months of chemo. The whole ward was in tears.
O R fsarah Hi, sorry to hear that. Please DM us and we'll look into it; don't share medical details in a public comment.
`;

const records = [...build('nl', NL), ...build('en', EN)];
const out = join(dirname(fileURLToPath(import.meta.url)), 'dev-situations-2.jsonl');
writeFileSync(out, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
const count = {};
for (const r of records) count[`${r.lang} ${r.verdict}`] = (count[`${r.lang} ${r.verdict}`] || 0) + 1;
console.log(records.length, count);
