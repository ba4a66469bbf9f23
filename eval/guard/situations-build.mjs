// Independent held-out situation set for the privacy guard (issue 8).
// Written from situation descriptions only, without reading the guard's detectors, templates or corpus.
// Each text was written fresh from a situation (who posts or replies, to whom, what slips in), not from a template;
// entity spans are given as exact substrings and turned into UTF-16 offsets below, identifiers get real check digits.
// Run: node eval/guard/situations-build.mjs  -> writes eval/guard/situations.jsonl and prints counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---- identifier helpers (valid check digits) ----
/** BSN: 8 digits + check digit so that the elfproef (9..2, -1) holds; bumps the prefix until a check digit < 10 exists. */
function bsn(prefix8) {
  let p = Number(prefix8);
  for (;;) {
    const d = String(p).padStart(8, '0').split('').map(Number);
    const s = d.reduce((acc, x, i) => acc + x * (9 - i), 0) % 11;
    if (s < 10) return d.join('') + String(s);
    p += 1;
  }
}
/** NHS number: 9 digits + mod-11 check digit (weights 10..2); skips prefixes whose check would be 10. */
function nhs(prefix9, sep = ' ') {
  let p = Number(prefix9);
  for (;;) {
    const d = String(p).padStart(9, '0').split('').map(Number);
    const r = 11 - (d.reduce((acc, x, i) => acc + x * (10 - i), 0) % 11);
    const c = r === 11 ? 0 : r;
    if (c !== 10) {
      const n = d.join('') + String(c);
      return sep === null ? n : `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
    }
    p += 1;
  }
}
/** IBAN with ISO 13616 mod-97 check digits; grouped in fours unless compact. */
function iban(country, bban, compact = false) {
  const conv = (s) =>
    s
      .toUpperCase()
      .split('')
      .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
      .join('');
  const num = conv(`${bban}${country}00`);
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  const raw = `${country}${check}${bban}`;
  return compact ? raw : raw.replace(/(.{4})/g, '$1 ').trim();
}
/** US SSN: asserts a valid area (not 000, 666, 9xx), group (not 00) and serial (not 0000). */
function ssn(s) {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) throw new Error(`bad ssn ${s}`);
  const [a, g, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a === 0 || a === 666 || a >= 900 || g === 0 || n === 0) throw new Error(`invalid ssn range ${s}`);
  return s;
}
/** Medicare MBI: 11 characters, positions C A AN N A AN N A A N N, letters without S L O I B Z. */
function mbi(s) {
  const raw = s.replace(/-/g, '');
  const A = '[AC-HJKMNP-RT-Y]';
  const re = new RegExp(`^[1-9]${A}(${A}|\\d)\\d${A}(${A}|\\d)\\d${A}${A}\\d\\d$`);
  if (!re.test(raw)) throw new Error(`bad mbi ${s}`);
  return s;
}

// ---- record helpers ----
const records = [];
/** Block record. ents: [type, exact substring of text, occurrence?]. */
function B(lang, kind, text, ents, opts = {}) {
  records.push({ lang, kind, text, ents, verdict: 'block', ...opts });
}
/** OK record (the guard must not block it). */
function O(lang, kind, text, opts = {}) {
  records.push({ lang, kind, text, ents: [], verdict: 'ok', ...opts });
}
const staff = (name, role) => ({ name, role });
const allow = (a) => ({ allow: { phones: [], addresses: [], staff: [], domains: [], bigNumbers: [], ...a } });

// =================== Dutch, block ===================
B(
  'nl',
  'post',
  `Jan-Willem Oosterhuis (54) uit Emmen hoorde in maart dat hij alvleesklierkanker heeft. Hoe houd je je staande als je wereld in één middag verandert? Lees zijn verhaal op onze site 👉 link in bio #kanker #patiëntverhaal`,
  [['PERSON_HEALTH', 'Jan-Willem Oosterhuis (54) uit Emmen hoorde in maart dat hij alvleesklierkanker heeft']],
);
B(
  'nl',
  'reply',
  `Beste Fatima, vervelend dat de uitslag van je MRI nog op zich laat wachten. Dokter Verbeek belt je morgen tussen 10 en 12 uur om alles door te nemen.`,
  [
    ['PERSON_HEALTH', 'Beste Fatima, vervelend dat de uitslag van je MRI nog op zich laat wachten'],
    ['PATIENT_CONFIRMATION', 'Dokter Verbeek belt je morgen tussen 10 en 12 uur'],
  ],
  { family: 'twin-scan' },
);
B('nl', 'reply', `@henkbos1958 uw herhaalrecept ligt vanaf donderdag 14.00 uur klaar aan de balie van de apotheek.`, [
  ['PATIENT_CONFIRMATION', '@henkbos1958 uw herhaalrecept ligt vanaf donderdag 14.00 uur klaar'],
]);
B(
  'nl',
  'reply',
  `Mevrouw Tjon A Fong-Brouwer, dank u wel voor uw lieve woorden 💜 Wat fijn om te lezen dat de chemokuren zo goed aanslaan. Het hele team van de dagbehandeling duimt voor u!`,
  [['PERSON_HEALTH', 'Mevrouw Tjon A Fong-Brouwer, dank u wel voor uw lieve woorden 💜 Wat fijn om te lezen dat de chemokuren zo goed aanslaan']],
);
B(
  'nl',
  'reply',
  `Hoi Sanne, wat naar dat Daan nog steeds zo benauwd is sinds zijn bezoek aan onze SEH. Zijn astma vraagt echt om een goede controle, bel gerust de kinderpoli.`,
  [
    ['PERSON_HEALTH', 'Daan nog steeds zo benauwd is sinds zijn bezoek aan onze SEH. Zijn astma'],
    ['PATIENT_CONFIRMATION', 'sinds zijn bezoek aan onze SEH'],
  ],
  { family: 'twin-asthma' },
);
B(
  'nl',
  'post',
  `Nieuwe aanmelding thuiszorg team Noord:
mw. G. Hoekstra-de Vries
BSN ${bsn('21746390')}
geb. 12-04-1938
Dorpsstraat 8, 8411 AB Jubbega
Wondzorg 3x per week`,
  [
    ['BSN', bsn('21746390')],
    ['DATE_OF_BIRTH', '12-04-1938'],
    ['POSTCODE_ADDRESS', 'Dorpsstraat 8, 8411 AB Jubbega'],
    ['PERSON_HEALTH', 'mw. G. Hoekstra-de Vries'],
    ['PERSON_HEALTH', 'Wondzorg 3x per week'],
  ],
);
B('nl', 'reply', `Beste meneer El Amrani, we hebben uw dossier bekeken en zien dat uw afspraak bij de cardioloog per abuis is verzet. Onze excuses daarvoor!`, [
  ['PATIENT_CONFIRMATION', 'we hebben uw dossier bekeken'],
  ['PERSON_HEALTH', 'meneer El Amrani, we hebben uw dossier bekeken en zien dat uw afspraak bij de cardioloog'],
]);
B('nl', 'reply', `@Ria_Wolters wat goed dat u na uw nieuwe heup alweer zonder rollator door de gang loopt!! groetjes van iedereen op 3B 🌷`, [
  ['PERSON_HEALTH', '@Ria_Wolters wat goed dat u na uw nieuwe heup'],
]);
B('nl', 'reply', `@pjanssen_ Om uw privacy te beschermen hebben we uw bericht met BSN ${bsn('18350274')} verborgen. Stuur dit nooit openbaar!`, [
  ['BSN', bsn('18350274')],
]);
B(
  'nl',
  'post',
  `Dringend: wie heeft het gehoorapparaat van mevrouw Smit (kamer 12, De Linde) gevonden? Ze is er erg van in de war. Bel haar dochter Ellen: 06-41 83 27 90`,
  [
    ['PHONE', '06-41 83 27 90'],
    ['PERSON_HEALTH', 'gehoorapparaat van mevrouw Smit (kamer 12, De Linde)'],
  ],
);
B('nl', 'reply', `Stuur de foto's van de kinderboekenweek maar naar de moeder van Noor, die verzamelt alles: linda.vermeulen82@hotmail.com`, [
  ['EMAIL', 'linda.vermeulen82@hotmail.com'],
]);
B('nl', 'post', `Maaltijdservice Drachten: vandaag géén bezorging bij dhr. Visser, Klaverweg 23, 9203 KL. Hij is gisteren opgenomen in het ziekenhuis.`, [
  ['POSTCODE_ADDRESS', 'Klaverweg 23, 9203 KL'],
  ['PERSON_HEALTH', 'dhr. Visser, Klaverweg 23, 9203 KL. Hij is gisteren opgenomen in het ziekenhuis'],
]);
B('nl', 'reply', `Mevrouw Aydın, neemt u bij uw afspraak op de poli dermatologie uw patiëntnummer 4028173 mee? Dan kan de assistente u sneller helpen.`, [
  ['PATIENT_NUMBER', 'patiëntnummer 4028173'],
  ['PATIENT_CONFIRMATION', 'Mevrouw Aydın, neemt u bij uw afspraak op de poli dermatologie'],
]);
B(
  'nl',
  'post',
  `🎉 Honderd jaar! Gerrit Hoogland (geboren 28 november 1926) wordt vandaag in stijl gevierd op onze afdeling psychogeriatrie. Met taart, een draaiorgel en zijn vijf kleinkinderen.`,
  [
    ['DATE_OF_BIRTH', '28 november 1926'],
    ['PERSON_HEALTH', 'Gerrit Hoogland (geboren 28 november 1926) wordt vandaag in stijl gevierd op onze afdeling psychogeriatrie'],
  ],
);
B(
  'nl',
  'reply',
  `Hallo Wouter, de terugbetaling van de eigen bijdrage voor je moeder is vandaag overgemaakt naar ${iban('NL', 'RABO0318475206')}. Het kan 2 werkdagen duren.`,
  [
    ['IBAN', iban('NL', 'RABO0318475206')],
    ['PATIENT_CONFIRMATION', 'de terugbetaling van de eigen bijdrage voor je moeder'],
  ],
);
B(
  'nl',
  'post',
  `Trots op Bram van 't Hooft-Eijkelenboom (8) uit Zwolle! Na twee jaar leukemiebehandeling in het Prinses Máxima Centrum mocht hij vorige week de bel luiden 🔔💪 #childhoodcancer`,
  [['PERSON_HEALTH', "Bram van 't Hooft-Eijkelenboom (8) uit Zwolle! Na twee jaar leukemiebehandeling"]],
);
B('nl', 'reply', `Dag Yvonne, klopt, uw echo staat nu voor 3 juni bij de gynaecoloog. Excuses voor het gedoe met de brief!`, [
  ['PATIENT_CONFIRMATION', 'uw echo staat nu voor 3 juni bij de gynaecoloog'],
  ['PERSON_HEALTH', 'Dag Yvonne, klopt, uw echo staat nu voor 3 juni bij de gynaecoloog'],
]);
B(
  'nl',
  'reply',
  `@MoniqueDekker76 Wat een heftig jaar met de borstkanker en dan nu ook nog de bestraling. Heel veel sterkte, we zien je dinsdag weer op de afdeling radiotherapie x`,
  [
    ['PERSON_HEALTH', '@MoniqueDekker76 Wat een heftig jaar met de borstkanker en dan nu ook nog de bestraling'],
    ['PATIENT_CONFIRMATION', 'we zien je dinsdag weer op de afdeling radiotherapie'],
  ],
);
B(
  'nl',
  'post',
  `Cliëntgegevens voor de overdracht (niet delen buiten team!)
Naam: Koos Wijnaldum-Stoffels
Geboortedatum: 03/09/1947
BSN: ${bsn('30418266')}
Diagnose: COPD GOLD III`,
  [
    ['BSN', bsn('30418266')],
    ['DATE_OF_BIRTH', '03/09/1947'],
    ['PERSON_HEALTH', 'Koos Wijnaldum-Stoffels'],
    ['PERSON_HEALTH', 'COPD GOLD III'],
  ],
);
B(
  'nl',
  'reply',
  `Beste Ingrid, vervelend dat u zo lang heeft moeten wachten bij de bloedafname vanochtend. Uw bloeduitslagen zijn inmiddels naar uw huisarts gestuurd.`,
  [
    ['PATIENT_CONFIRMATION', 'Uw bloeduitslagen zijn inmiddels naar uw huisarts gestuurd'],
    ['PERSON_HEALTH', 'Beste Ingrid, vervelend dat u zo lang heeft moeten wachten bij de bloedafname'],
  ],
);
B(
  'nl',
  'post',
  `Vandaag afscheid van onze oudste bewoner, mevrouw Dijkhuizen (97). Na een lange strijd met de ziekte van Parkinson is ze vredig ingeslapen. We zullen haar humor missen 🕯️`,
  [['PERSON_HEALTH', 'mevrouw Dijkhuizen (97). Na een lange strijd met de ziekte van Parkinson']],
);
B('nl', 'reply', `Hoi @sem.oudshoorn, je verwijzing naar de psychiater is rond! Je intake bij GGZ Oost is op 14 mei, de bevestiging komt per post.`, [
  ['PERSON_HEALTH', '@sem.oudshoorn, je verwijzing naar de psychiater is rond'],
  ['PATIENT_CONFIRMATION', 'Je intake bij GGZ Oost is op 14 mei'],
]);
B(
  'nl',
  'reply',
  `Beste Mustafa, we kunnen uw vraag over de rekening het beste per mail oppakken. Uw dossiernummer bij ons is 88231045, vermeld dat in de mail aan info@.`,
  [
    ['PATIENT_NUMBER', 'dossiernummer bij ons is 88231045'],
    ['PATIENT_CONFIRMATION', 'Uw dossiernummer bij ons is'],
  ],
);
B(
  'nl',
  'post',
  `Koffieochtend Mantelzorgcafé was weer gezellig! Extra dank aan Gerda Schuurman, die ondanks haar eigen beginnende dementie elke maand de taarten bakt 🍰❤️`,
  [['PERSON_HEALTH', 'Gerda Schuurman, die ondanks haar eigen beginnende dementie']],
);
B(
  'nl',
  'reply',
  `@tessa_vd_berg je schreef dat je bsn niet klopt op de brief. Wij hebben ${bsn('27360154')} genoteerd, klopt dat? Anders bel even met de administratie.`,
  [
    ['BSN', bsn('27360154')],
    ['PATIENT_CONFIRMATION', `Wij hebben ${bsn('27360154')} genoteerd`],
  ],
);
B(
  'nl',
  'post',
  `Jongerenwerk zoekt nog vrijwilligers voor het zomerkamp! Vragen? App Kevin (begeleider van Milan met autisme, die ook meegaat) op 06 21 47 93 08 😎`,
  [
    ['PHONE', '06 21 47 93 08'],
    ['PERSON_HEALTH', 'Milan met autisme'],
  ],
);
B('nl', 'reply', `Dag meneer Ouali, u bent vorige week woensdag bij ons op de huisartsenpost geweest met uw zoon. Hoe gaat het nu met zijn oor?`, [
  ['PATIENT_CONFIRMATION', 'u bent vorige week woensdag bij ons op de huisartsenpost geweest met uw zoon'],
  ['PERSON_HEALTH', 'meneer Ouali, u bent vorige week woensdag bij ons op de huisartsenpost geweest met uw zoon. Hoe gaat het nu met zijn oor'],
]);
B(
  'nl',
  'post',
  `Lieve mensen, onze collega Annelies is haar portemonnee kwijt bij de ingang van de revalidatie. Wie hem vindt: haar adres staat erin, Jacob Catsstraat 41, 2522 EX Den Haag. Of lever hem in bij de receptie 🙏`,
  [['POSTCODE_ADDRESS', 'Jacob Catsstraat 41, 2522 EX Den Haag']],
);
B(
  'nl',
  'reply',
  `Hey Lotte! Super dat je de ervaring van je eerste IVF-poging bij ons wilde delen. We hopen met je mee op een positieve test bij de volgende punctie 🤞`,
  [
    ['PERSON_HEALTH', 'Hey Lotte! Super dat je de ervaring van je eerste IVF-poging bij ons wilde delen'],
    ['PATIENT_CONFIRMATION', 'je eerste IVF-poging bij ons'],
  ],
);
B(
  'nl',
  'post',
  `Sponsoractie voor de rolstoelbus van Thijmen Koopmans (12, Spina bifida) uit Heerenveen! Doneer via ${iban('NL', 'INGB0007362914')} t.n.v. fam. Koopmans. Elke euro telt! #samensterk`,
  [
    ['IBAN', iban('NL', 'INGB0007362914')],
    ['PERSON_HEALTH', 'Thijmen Koopmans (12, Spina bifida) uit Heerenveen'],
  ],
);
B('nl', 'reply', `@jolanda_m uw verwijsbrief voor de KNO-arts ligt klaar bij de assistente, u kunt hem vandaag tot 17.00 ophalen.`, [
  ['PATIENT_CONFIRMATION', '@jolanda_m uw verwijsbrief voor de KNO-arts ligt klaar bij de assistente'],
]);
B(
  'nl',
  'post',
  `Wijkverpleging planning di:
08.15 mw. Bakker - insuline, Oranjestraat 7, 1781 GK Den Helder
09.00 dhr. de Wit - steunkousen
09.40 mw. Nauta - stomazorg
#wijkverpleging #zorgteam`,
  [
    ['POSTCODE_ADDRESS', 'Oranjestraat 7, 1781 GK Den Helder'],
    ['PERSON_HEALTH', 'mw. Bakker - insuline'],
    ['PERSON_HEALTH', 'dhr. de Wit - steunkousen'],
    ['PERSON_HEALTH', 'mw. Nauta - stomazorg'],
  ],
);
B(
  'nl',
  'reply',
  `Beste Henriëtte van der Zwaag-Bos, uw klacht over de nachtdienst van afdeling Geriatrie is doorgestuurd naar de klachtenfunctionaris. Zij belt u op 0513 62 84 19, het nummer dat u ons gaf.`,
  [
    ['PHONE', '0513 62 84 19'],
    ['PATIENT_CONFIRMATION', 'uw klacht over de nachtdienst van afdeling Geriatrie'],
  ],
);
B(
  'nl',
  'post',
  `Mijn collega's op de IC hebben deze week keihard gewerkt voor onze buurman Ruud Verhagen uit Oss, 61 jaar, na zijn hartstilstand op de tennisbaan. Wat een team ❤️ #trots #IC`,
  [['PERSON_HEALTH', 'Ruud Verhagen uit Oss, 61 jaar, na zijn hartstilstand']],
);
B('nl', 'reply', `Hoi Ilse, voor de vergoeding van je fysiotherapie hebben we je geboortedatum (17-11-1989) en polisnummer al ontvangen, dank je!`, [
  ['DATE_OF_BIRTH', '17-11-1989'],
  ['PERSON_HEALTH', 'Hoi Ilse, voor de vergoeding van je fysiotherapie'],
]);
B('nl', 'reply', `@Wim_Rozendaal fijn dat het gesprek met uw casemanager dementie goed verliep! Volgende week komt ze weer langs bij u en uw vrouw.`, [
  ['PERSON_HEALTH', '@Wim_Rozendaal fijn dat het gesprek met uw casemanager dementie goed verliep'],
  ['PATIENT_CONFIRMATION', 'Volgende week komt ze weer langs bij u en uw vrouw'],
]);
B('nl', 'post', `Weet iemand het mailadres van de dochter van dhr. Brinkman (afd. Korsakov)? We hebben alleen a.brinkman1965@ziggo.nl en dat komt terug.`, [
  ['EMAIL', 'a.brinkman1965@ziggo.nl'],
  ['PERSON_HEALTH', 'dhr. Brinkman (afd. Korsakov)'],
]);
B(
  'nl',
  'reply',
  `Beste Anouk, de rekening van het ziekenhuis voor de spoedopname van uw vader kunt u betalen in termijnen. Uw factuur met cliëntnummer C-0049218 staat in het patiëntenportaal.`,
  [
    ['PATIENT_NUMBER', 'cliëntnummer C-0049218'],
    ['PATIENT_CONFIRMATION', 'de spoedopname van uw vader'],
  ],
);
B(
  'nl',
  'post',
  `Vandaag in de Leeuwarder Courant: Sietske Dijkstra-Hiemstra (43) uit Sneek vertelt openhartig over haar burn-out en haar behandeling bij ons. Dapper! 📰`,
  [['PERSON_HEALTH', 'Sietske Dijkstra-Hiemstra (43) uit Sneek vertelt openhartig over haar burn-out en haar behandeling bij ons']],
);
B('nl', 'reply', `@eefje_ligtvoet we hebben je zwangerschapsdiabetes-uitslag doorgezet naar de diëtiste, zij neemt vandaag contact op.`, [
  ['PERSON_HEALTH', '@eefje_ligtvoet we hebben je zwangerschapsdiabetes-uitslag doorgezet'],
]);
B(
  'nl',
  'post',
  `Gezocht: een vrijwilliger die mevrouw Kloosterman (slechtziend, woont alleen in de Rivierenwijk) elke zaterdag meeneemt naar de markt. Reageren bij haar dochter Marja: marja.kloosterman@gmail.com of 06-19283746 🙏`,
  [
    ['PERSON_HEALTH', 'mevrouw Kloosterman (slechtziend'],
    ['EMAIL', 'marja.kloosterman@gmail.com'],
    ['PHONE', '06-19283746'],
  ],
);
B('nl', 'reply', `Meneer Pinas, excuses voor de lange wachttijd bij de trombosedienst. Uw INR-controle staat nu voor vrijdag 9.30 uur thuis.`, [
  ['PERSON_HEALTH', 'Meneer Pinas, excuses voor de lange wachttijd bij de trombosedienst. Uw INR-controle'],
  ['PATIENT_CONFIRMATION', 'Uw INR-controle staat nu voor vrijdag 9.30 uur thuis'],
]);
B(
  'nl',
  'post',
  `Formulier voorbeeld voor nieuwe collega's van de administratie:
"Mevr. Y. Karaca, Burg. de Withstraat 112, 3112 NN Schiedam, BSN ${bsn('19273645')}, zorgverzekeraar CZ"
Let op dat je alle velden invult!`,
  [
    ['POSTCODE_ADDRESS', 'Burg. de Withstraat 112, 3112 NN Schiedam'],
    ['BSN', bsn('19273645')],
  ],
);
B('nl', 'reply', `Dag Kees, goed nieuws: de scan van vorige week laat geen uitzaaiingen zien. Dr. Hamdi licht het maandag toe.`, [
  ['PERSON_HEALTH', 'Dag Kees, goed nieuws: de scan van vorige week laat geen uitzaaiingen zien'],
  ['PATIENT_CONFIRMATION', 'Dr. Hamdi licht het maandag toe'],
]);
B('nl', 'post', `Hulde voor Marieke Nijenhuis uit Assen (34)! Ze rende de halve marathon van Groningen, één jaar na haar niertransplantatie 🏃‍♀️🎉 #donorweek`, [
  ['PERSON_HEALTH', 'Marieke Nijenhuis uit Assen (34)! Ze rende de halve marathon van Groningen, één jaar na haar niertransplantatie'],
]);
B(
  'nl',
  'reply',
  `@LeonieVos bedankt voor uw review ⭐⭐⭐⭐⭐ Fijn dat uw bevalling ondanks de spoedkeizersnede zo goed is verlopen en dat u en baby Mees het goed maken!`,
  [['PERSON_HEALTH', '@LeonieVos bedankt voor uw review ⭐⭐⭐⭐⭐ Fijn dat uw bevalling ondanks de spoedkeizersnede']],
);
B('nl', 'post', `Pakket voor onze bewoner meneer Çelik (afdeling Somatiek) is per ongeluk bezorgd bij Hogeweg 88, 6836 EP Arnhem. Kan iemand het ophalen?`, [
  ['POSTCODE_ADDRESS', 'Hogeweg 88, 6836 EP Arnhem'],
  ['PATIENT_CONFIRMATION', 'onze bewoner meneer Çelik (afdeling Somatiek)'],
]);
B('nl', 'reply', `Beste Natasha, ik heb even gekeken: uw verwijzing naar de geheugenpoli is in goede orde ontvangen. U hoort binnen twee weken van ons.`, [
  ['PERSON_HEALTH', 'Beste Natasha, ik heb even gekeken: uw verwijzing naar de geheugenpoli'],
  ['PATIENT_CONFIRMATION', 'uw verwijzing naar de geheugenpoli is in goede orde ontvangen'],
]);
B(
  'nl',
  'post',
  `Update van het jeugdteam: Jayden (15) uit Rotterdam-Zuid, die we sinds zijn opname in de crisisopvang begeleiden, gaat na de zomer naar een nieuwe school! Zo trots 🙌`,
  [['PERSON_HEALTH', 'Jayden (15) uit Rotterdam-Zuid, die we sinds zijn opname in de crisisopvang begeleiden']],
);
B(
  'nl',
  'reply',
  `Klopt, meneer Hofstede-Lubbers, uw machtiging voor de incasso van de ouderbijdrage loopt via ${iban('NL', 'ABNA0542987316')}. Wilt u dat wijzigen, stuur dan een bericht via het portaal.`,
  [['IBAN', iban('NL', 'ABNA0542987316')]],
);
B(
  'nl',
  'post',
  `Van de week een mooi gesprek met Hennie, 82, uit Winterswijk. Sinds haar beroerte woont ze bij ons op de revalidatieafdeling en ze schildert weer! 🎨`,
  [['PERSON_HEALTH', 'Hennie, 82, uit Winterswijk. Sinds haar beroerte woont ze bij ons op de revalidatieafdeling']],
);
B('nl', 'reply', `@bartjevdmeer je griepprik-uitnodiging kwam terug als onbestelbaar. Woon je nog op Molenstraat 5b, 5341 GE Oss?`, [
  ['POSTCODE_ADDRESS', 'Molenstraat 5b, 5341 GE Oss'],
  ['PATIENT_CONFIRMATION', 'je griepprik-uitnodiging kwam terug als onbestelbaar'],
]);
B('nl', 'post', `Geen BSN in de groepsapp!! Vandaag zag ik weer: "BSN van mw. de Graaf is ${bsn('24681357')}". Gebruik Zorgmail. #privacy`, [
  ['BSN', bsn('24681357')],
]);
B(
  'nl',
  'reply',
  `Goedemiddag Roos, de kinderarts heeft de bloedwaarden van Fleur bekeken. Het ijzer is wat laag, de assistente belt u over de dosering van de drankjes.`,
  [['PERSON_HEALTH', 'de kinderarts heeft de bloedwaarden van Fleur bekeken. Het ijzer is wat laag']],
);
B(
  'nl',
  'reply',
  `@GertjanSmeets het spijt ons dat de ambulance zo lang onderweg was naar uw vrouw. Haar opname op de stroke unit is goed verlopen, begrijpen we van de afdeling.`,
  [['PERSON_HEALTH', '@GertjanSmeets het spijt ons dat de ambulance zo lang onderweg was naar uw vrouw. Haar opname op de stroke unit']],
);
B(
  'nl',
  'post',
  `Rectificatie: in ons vorige bericht stond per ongeluk het mobiele nummer van een cliënt (06-57 20 19 84). Dat nummer is NIET van ons. Bel 0900-1234 voor de zorglijn.`,
  [['PHONE', '06-57 20 19 84']],
);
B('nl', 'reply', `Hi Dewi, je geboortedatum staat bij ons als 02-02-2004 in het systeem, daarom kon de GGZ-app je niet vinden. Ik heb het aangepast.`, [
  ['DATE_OF_BIRTH', '02-02-2004'],
  ['PATIENT_CONFIRMATION', 'daarom kon de GGZ-app je niet vinden'],
]);
B(
  'nl',
  'post',
  `Vrijwilligers van de Zonnebloem gingen gisteren met 20 bewoners naar de Keukenhof 🌷 Ook mevrouw Oude Kotte-Wessels (101!), die sinds haar amputatie in een rolstoel zit, genoot volop.`,
  [['PERSON_HEALTH', 'mevrouw Oude Kotte-Wessels (101!), die sinds haar amputatie in een rolstoel zit']],
);
B('nl', 'reply', `Beste dhr. Zwartjes, uw patiëntnummer is 1129 4407 en uw operatie (staar, linkeroog) staat op 12 juni. Graag nuchter komen.`, [
  ['PATIENT_NUMBER', 'patiëntnummer is 1129 4407'],
  ['PERSON_HEALTH', 'dhr. Zwartjes, uw patiëntnummer is 1129 4407 en uw operatie (staar, linkeroog)'],
]);
B('nl', 'reply', `@joyce_tiel we zijn blij dat de nieuwe medicatie voor uw epilepsie aanslaat. Tot bij de controle bij dr. Mertens!`, [
  ['PERSON_HEALTH', '@joyce_tiel we zijn blij dat de nieuwe medicatie voor uw epilepsie aanslaat'],
  ['PATIENT_CONFIRMATION', 'Tot bij de controle bij dr. Mertens'],
]);

// =================== Dutch, ok ===================
O(
  'nl',
  'post',
  `Vandaag bracht minister Van der Heijden van VWS een bezoek aan onze afdeling geriatrie. Ze sprak met verpleegkundigen over de krapte op de arbeidsmarkt en de inzet van zorgtechnologie. #zorgvandetoekomst`,
  { family: 'twin-minister' },
);
O('nl', 'post', `Wethouder Karin Molenaar (Zorg en Welzijn) opende vanmiddag officieel het nieuwe gezondheidscentrum in de wijk Kanaleneiland ✂️🎈`);
O(
  'nl',
  'post',
  `Het Antoni van Leeuwenhoek en ons ziekenhuis gaan nauwer samenwerken bij de behandeling van longkanker. Zo kunnen patiënten in de regio dichter bij huis behandeld worden.`,
);
O(
  'nl',
  'post',
  `Het Wilhelmina Kinderziekenhuis bestaat 20 jaar op deze plek! Kom zaterdag naar de open dag met rondleidingen, een speurtocht en een knuffeldokter 🧸`,
);
O(
  'nl',
  'post',
  `21 september is het Wereld Alzheimer Dag. In Nederland leven ruim 290.000 mensen met dementie. Wil je weten hoe je iemand met alzheimer kunt helpen? Kijk op onze site. #WereldAlzheimerDag`,
  { family: 'twin-alzheimer' },
);
O(
  'nl',
  'post',
  `11 april: Wereld Parkinson Dag 🌷 Onze parkinsonverpleegkundigen beantwoorden vandaag van 10 tot 12 uur al je vragen in de live chat. #parkinson`,
);
O('nl', 'post', `Doe jij mee aan de wandeltocht voor het Maag Lever Darm Fonds? Elke stap helpt onderzoek naar de ziekte van Crohn en colitis ulcerosa. 🚶‍♀️🚶`);
O(
  'nl',
  'post',
  `Vandaag, 21 maart, is het Wereld Downsyndroom Dag. Draag twee verschillende sokken 🧦🧦 en laat zien dat iedereen erbij hoort! #WDSD #syndroomvanDown`,
);
O(
  'nl',
  'post',
  `Steun ons nieuwe inloophuis voor mensen met kanker en hun naasten! Doneer op ${iban('NL', 'RABO0347812905')} t.n.v. Stichting Vrienden van het Gelre Ziekenhuis. Bedankt! 💛`,
);
O('nl', 'post', `Vragen over uw factuur? Mail naar facturen@zorggroepnoord.nl of bel ons klantcontactcentrum op 088 - 123 45 00 (werkdagen 9-17 uur).`, {
  org: allow({ phones: ['088 - 123 45 00'], domains: ['zorggroepnoord.nl'] }),
});
O(
  'nl',
  'post',
  `Afspraak maken, verzetten of afzeggen? Dat kan via afspraken@maasziekenhuis.nl of in het patiëntenportaal. Zo houden we de telefoonlijnen vrij voor spoed.`,
  { org: allow({ domains: ['maasziekenhuis.nl'] }) },
);
O(
  'nl',
  'post',
  `Welkom aan onze nieuwe bestuurder, Marloes Verbruggen! Ze komt van een grote VVT-organisatie in Brabant en begint op 1 maart. We kijken uit naar de samenwerking 🤝`,
  { org: allow({ staff: [staff('Marloes Verbruggen', 'bestuurder')] }) },
);
O(
  'nl',
  'post',
  `"Op de kraamafdeling zie je het mooiste én het moeilijkste van het leven. Dat maakt dit werk zo bijzonder." - Yasmina, verpleegkundige obstetrie sinds 2015 #ikwerkindezorg`,
  { org: allow({ staff: [staff('Yasmina', 'verpleegkundige obstetrie')] }) },
);
O(
  'nl',
  'post',
  `Het griepvaccin beschermt kwetsbare mensen. Bent u 60+ of heeft u een chronische aandoening? Dan krijgt u deze maand een uitnodiging van uw huisarts. #griepprik`,
  { family: 'twin-flu' },
);
O(
  'nl',
  'post',
  `Vrouwen tussen 50 en 75 jaar krijgen elke twee jaar een uitnodiging voor het bevolkingsonderzoek borstkanker. Ga je ook? Het kan levens redden. 🎀 #borstkankermaand`,
);
O(
  'nl',
  'post',
  `VACATURE 📣 Wij zoeken een verpleegkundige voor de nachtdienst (24-32 uur) op onze afdeling neurologie. Interesse? Kijk op werkenbij.isala.nl of mail recruitment@isala.nl`,
  { org: allow({ domains: ['isala.nl'] }) },
);
O(
  'nl',
  'post',
  `Kom naar onze informatieavond over knie- en heupprothesen! 📍 Hoofdingang, Ziekenhuisweg 2, 7943 KA Meppel 🕖 donderdag 19.00 uur. Aanmelden niet nodig.`,
  { org: allow({ addresses: ['Ziekenhuisweg 2, 7943 KA Meppel'] }) },
);
O(
  'nl',
  'reply',
  `Vervelend om te lezen dat u ontevreden bent. We willen graag met u in gesprek, maar niet hier in het openbaar. Wilt u ons een privébericht sturen? Dan bellen we u.`,
);
O(
  'nl',
  'reply',
  `Bedankt voor uw bericht! Medische vragen kunnen we helaas niet via social media beantwoorden. Neem contact op met uw huisarts of buiten kantoortijd met de huisartsenpost.`,
  { family: 'twin-nomedical' },
);
O(
  'nl',
  'post',
  `Wist je dat je bij koorts geen antibiotica nodig hebt als het om een virus gaat? Paracetamol 500 mg, tot 4x per dag, helpt vaak al. Twijfel? Kijk op thuisarts.nl`,
);
O(
  'nl',
  'post',
  `Onze woordvoerder Pieter Lodewijks staat vandaag de pers te woord over de nieuwe spoedpost. Journalisten kunnen hem bereiken via pers@rijnstate.nl`,
  { org: allow({ staff: [staff('Pieter Lodewijks', 'woordvoerder')], domains: ['rijnstate.nl'] }) },
);
O(
  'nl',
  'post',
  `Dr. Ayşe Demir, kinderarts, over het RS-virus: "Bij baby's onder de drie maanden letten we vooral op drinken en ademhaling. Bij twijfel altijd bellen." Lees het hele interview op onze site.`,
  { org: allow({ staff: [staff('Ayşe Demir', 'kinderarts')] }) },
);
O('nl', 'post', `Maandag 7 oktober start de bouw van de nieuwe vleugel van het Sint Maartenskliniek. Houd rekening met omleidingen op de parkeerplaats P2 🚧`);
O('nl', 'post', `Zo, de zomer is begonnen ☀️ Drink genoeg water, zoek de schaduw op en let extra op ouderen in je omgeving. #hitteplan #ouderen`);
O(
  'nl',
  'post',
  `Het Juliana Kinderziekenhuis zoekt vrijwilligers voor de speelkamer! Twee ochtenden per week, ervaring met kinderen is een pré. Info: vrijwilligers@hagaziekenhuis.nl`,
  { org: allow({ domains: ['hagaziekenhuis.nl'] }) },
);
O(
  'nl',
  'post',
  `Op 8 mei is het Wereld Ovariumkanker Dag. Klachten zoals een opgeblazen gevoel die niet overgaan? Ga naar je huisarts. Vroeg ontdekken maakt verschil.`,
);
O(
  'nl',
  'post',
  `Nieuwe locatie huisartsenpraktijk De Brug: vanaf 1 juni zitten we op Kerkplein 3, 3811 AA Amersfoort. Het telefoonnummer blijft 033 - 461 22 00.`,
  { org: allow({ phones: ['033 - 461 22 00'], addresses: ['Kerkplein 3, 3811 AA Amersfoort'] }) },
);
O('nl', 'post', `Team Thuiszorg Oost heeft gisteren de Zorgheldenprijs gewonnen!! 🏆 Gefeliciteerd allemaal, jullie verdienen het. #thuiszorg #trots`);
O('nl', 'post', `Mantelzorger? Je staat er niet alleen voor. Elke woensdag is er een inloopuur in het Mantelzorgpunt, gewoon binnenlopen met je vragen ☕`);
O('nl', 'reply', `Wat fijn dat u zo tevreden bent over onze dienstverlening! We geven het compliment door aan het hele team 😊`);
O(
  'nl',
  'post',
  `Koningin Máxima bezocht vandaag het Prinses Máxima Centrum en sprak met onderzoekers over nieuwe behandelingen voor kinderen met hersentumoren.`,
);
O('nl', 'post', `Nieuw: de slaappoli! Last van slapeloosheid of snurken? Vraag uw huisarts om een verwijzing. Meer info op onze site of bel 024 - 365 87 00.`, {
  org: allow({ phones: ['024 - 365 87 00'] }),
});
O(
  'nl',
  'post',
  `Let op: oplichters bellen namens ons ziekenhuis en vragen om uw BSN en bankgegevens. Wij vragen dat NOOIT telefonisch. Twijfelt u? Hang op en bel zelf ons algemene nummer.`,
);
O(
  'nl',
  'post',
  `De Hodgkin-lymfoom onderzoeksgroep van ons UMC publiceerde vandaag resultaten in The Lancet: minder bestraling, even goede overleving bij jonge patiënten 🔬`,
);
O(
  'nl',
  'post',
  `Sinds 1 januari werken we met de Zorgmail-app voor veilig berichtenverkeer met cliënten. Vragen over de app? Mail naar ict-servicedesk@ggzfriesland.nl`,
  { org: allow({ domains: ['ggzfriesland.nl'] }) },
);
O(
  'nl',
  'reply',
  `Hoi! Bedankt voor je vraag. Onze bezoektijden zijn dagelijks van 14.00 tot 20.00 uur. Op de IC gelden andere afspraken, overleg die met de verpleging.`,
);
O('nl', 'post', `Week van de Jeugdzorg 💙 Onze jeugdzorgwerkers staan elke dag klaar voor 1200 gezinnen in de regio. Dank jullie wel!`);
O(
  'nl',
  'post',
  `Huntington is een erfelijke hersenaandoening waar nog geen genezing voor is. Op 10 mei lopen onze medewerkers mee in de Huntington Run voor onderzoek. Sponsor je ons?`,
);
O('nl', 'post', `Sint Jansdal, Franciscus Gasthuis en Maasstad Ziekenhuis delen voortaan hun wachtlijstinformatie, zodat patiënten sneller terechtkunnen.`);
O(
  'nl',
  'post',
  `In gesprek met Sandra de Groot, teamleider verpleegafdeling chirurgie: "Wij werken met zelfroosteren. Iedereen kan werk en privé beter combineren." #werkenindezorg`,
  { org: allow({ staff: [staff('Sandra de Groot', 'teamleider chirurgie')] }) },
);
O(
  'nl',
  'post',
  `Fijne feestdagen namens iedereen van Zorgcentrum De Eikelhof! 🎄 De kerstmarkt op 14 december is open voor iedereen, Eikenlaan 2, 7371 BC Loenen. Gratis toegang.`,
  { org: allow({ addresses: ['Eikenlaan 2, 7371 BC Loenen'] }) },
);
O('nl', 'post', `Tip van de diëtist: neem 2 porties fruit en 250 gram groente per dag. Klinkt veel? Begin met een handje tomaatjes bij de lunch 🍅`);
O('nl', 'reply', `Dank voor je melding over de parkeerautomaat! We hebben het doorgegeven aan de facilitaire dienst.`);
O(
  'nl',
  'post',
  `Wij zijn trots op de opening van het Maria Hospice in Tilburg: zes kamers waar mensen in hun laatste levensfase rust en liefdevolle zorg krijgen. 🕊️`,
);
O('nl', 'post', `De GGD start met de vaccinatie tegen het RS-virus voor 75-plussers. U krijgt vanzelf een brief. Vragen? Bel de GGD op 0800 - 7070 (gratis).`);
O(
  'nl',
  'post',
  `"Als wijkverpleegkundige kom ik achter de voordeur en zie ik wat mensen echt nodig hebben." Mees Hoogendoorn werkt al 12 jaar bij ons in Deventer en vertelt over zijn vak.`,
  { org: allow({ staff: [staff('Mees Hoogendoorn', 'wijkverpleegkundige')] }) },
);
O('nl', 'post', `Stoppen met roken? Doe mee met #Stoptober! Onze longverpleegkundigen helpen je graag op weg met een gratis stoppen-met-roken-traject 🚭`);
O('nl', 'post', `ZONDAG 12 MEI: Dag van de Verpleging 💐 Dank aan alle 1400 verpleegkundigen en verzorgenden van onze organisatie. Zonder jullie geen zorg!`);
O('nl', 'reply', `@karinw bedankt voor het delen van onze campagne! 🙏`);
O(
  'nl',
  'post',
  `Voor wie wil helpen: de Vriendenstichting van Zorggroep Meander zamelt geld in voor een belevingstuin. Doneren kan op ${iban('NL', 'INGB0004517833')} o.v.v. "belevingstuin". Dank!`,
);
O('nl', 'post', `Webinar 'Leven met de ziekte van Bechterew' door reumatoloog dr. Noor Sarmo, dinsdag 20.00 uur. Aanmelden via evenementen@reumacentrum.nl`, {
  org: allow({ staff: [staff('Noor Sarmo', 'reumatoloog')], domains: ['reumacentrum.nl'] }),
});
O('nl', 'post', `Burgemeester Halsema bracht vandaag een werkbezoek aan de GGD-teststraat en bedankte de medewerkers persoonlijk.`);
O('nl', 'post', `Onze poli's zijn op 2e Pinksterdag gesloten. Voor spoed kunt u terecht bij de Spoedeisende Hulp. Huisartsenpost: 0900 - 1515.`);
O('nl', 'post', `Heeft u een vraag over privacy of wilt u uw dossier inzien? Neem contact op met onze functionaris gegevensbescherming via privacy@amphia.nl`, {
  org: allow({ domains: ['amphia.nl'] }),
});
O(
  'nl',
  'reply',
  `Goede vraag! De uitslag van een bloedonderzoek krijgt u meestal binnen een week via uw behandelaar of het patiëntenportaal. Heeft u na twee weken niets gehoord, bel dan de polikliniek.`,
);
O(
  'nl',
  'post',
  `10 jaar Beatrixoord 🎉 Van revalidatiecentrum tot kenniscentrum voor niet-aangeboren hersenletsel. Bedankt aan alle medewerkers en vrijwilligers!`,
);
O('nl', 'post', `Cijfers: in 2023 behandelde onze SEH 41.872 patiënten, 8% meer dan het jaar ervoor. Gemiddelde wachttijd: 38 minuten. #jaarverslag`);
O(
  'nl',
  'post',
  `Aanstaande zaterdag: Gezondheidsmarkt in de sporthal! Gratis bloeddruk meten, valpreventie-tips en info over de ziekte van Lyme en tekenbeten 🕷️`,
);
O('nl', 'post', `Jeroen Bosch Ziekenhuis krijgt als eerste in Zuid-Nederland een PET-MRI-scanner. Dit betekent snellere en nauwkeurigere diagnoses.`);
O('nl', 'reply', `Dag, wat vervelend dat u lang aan de telefoon heeft gewacht. We zijn bezig met extra bezetting. Onze excuses!`);
O('nl', 'post', `Onze nieuwe huisarts is begonnen! Welkom dokter Erik Jansma, BIG-nummer 19063741201. Hij houdt spreekuur op maandag, woensdag en vrijdag.`, {
  org: allow({ staff: [staff('Erik Jansma', 'huisarts')], bigNumbers: ['19063741201'] }),
});

// =================== English, block ===================
B(
  'en',
  'reply',
  `Hi Karen, we're so sorry your CT results are taking longer than expected. Dr. Okafor will give you a call on Thursday afternoon to go through them with you.`,
  [
    ['PERSON_HEALTH', "Hi Karen, we're so sorry your CT results are taking longer than expected"],
    ['PATIENT_CONFIRMATION', 'Dr. Okafor will give you a call on Thursday afternoon'],
  ],
);
B(
  'en',
  'reply',
  `So glad to hear your son Tyler's asthma has been much better controlled since his visit to our ER last month! Thanks for letting us know 💙`,
  [
    ['PERSON_HEALTH', "your son Tyler's asthma has been much better controlled"],
    ['PATIENT_CONFIRMATION', 'since his visit to our ER last month'],
  ],
);
B(
  'en',
  'reply',
  `Thank you for the lovely review, Margaret! We're thrilled to hear your treatment is going so well and the team can't wait to see you at your next session ⭐`,
  [
    ['PERSON_HEALTH', "Thank you for the lovely review, Margaret! We're thrilled to hear your treatment is going so well"],
    ['PATIENT_CONFIRMATION', 'see you at your next session'],
  ],
);
B('en', 'reply', `@dave_kowalczyk your prescription is ready for pickup at the Main Street pharmacy counter. Bring a photo ID!`, [
  ['PATIENT_CONFIRMATION', '@dave_kowalczyk your prescription is ready for pickup'],
]);
B(
  'en',
  'reply',
  `Hi Sandeep, your scan results haven't come back from radiology yet, sorry for the wait. Dr. Llewellyn-Hughes will ring you on Monday.`,
  [
    ['PERSON_HEALTH', "Hi Sandeep, your scan results haven't come back from radiology yet"],
    ['PATIENT_CONFIRMATION', 'Dr. Llewellyn-Hughes will ring you on Monday'],
  ],
  { family: 'twin-scan' },
);
B(
  'en',
  'reply',
  `We're so sorry to hear Daan is still wheezing after his visit to our emergency department. His asthma really needs a proper review, please call the paediatric clinic.`,
  [
    ['PERSON_HEALTH', 'Daan is still wheezing after his visit to our emergency department. His asthma'],
    ['PATIENT_CONFIRMATION', 'after his visit to our emergency department'],
  ],
  { family: 'twin-asthma' },
);
B(
  'en',
  'post',
  `Meet Eleanor Whitcombe, 67, from Harrogate. Eleanor was diagnosed with ovarian cancer in January and has been sharing her journey through chemo with our nurses. Read her story ➡️ link in bio #CancerAwareness`,
  [['PERSON_HEALTH', 'Eleanor Whitcombe, 67, from Harrogate. Eleanor was diagnosed with ovarian cancer']],
);
B(
  'en',
  'post',
  `New patient intake example for front desk training:
Name: Rosa Delgado
DOB: 04/09/1971
SSN: ${ssn('412-58-7731')}
Insurance: Aetna PPO
Please make sure every field is complete!`,
  [
    ['DATE_OF_BIRTH', '04/09/1971'],
    ['SSN', '412-58-7731'],
  ],
);
B(
  'en',
  'reply',
  `Hi Tom, we found the claim - it was filed under SSN ${ssn('523-41-8876')} instead of yours, which is why billing couldn't match it. Fixed now!`,
  [
    ['SSN', '523-41-8876'],
    ['PATIENT_CONFIRMATION', 'we found the claim'],
  ],
);
B(
  'en',
  'reply',
  `Hi Priya, we've checked and your referral under NHS number ${nhs('943476591')} has been received by the dermatology team. You'll get a letter soon.`,
  [
    ['NHS_NUMBER', nhs('943476591')],
    ['PERSON_HEALTH', "Hi Priya, we've checked and your referral"],
    ['PATIENT_CONFIRMATION', 'has been received by the dermatology team'],
  ],
);
B('en', 'post', `Shoutout to the night team on Ward 7 who got Mr. Hernandez (MRN 00738215) stable enough to step down from ICU 🙌 #NursesRock`, [
  ['PATIENT_NUMBER', 'MRN 00738215'],
  ['PERSON_HEALTH', 'Mr. Hernandez (MRN 00738215) stable enough to step down from ICU'],
]);
B(
  'en',
  'reply',
  `@bettyjean_54 Hi Betty, we have your Medicare number on file as ${mbi('5TW2-KJ7-NM48')}, is that correct? If so your wellness visit is all set for the 14th.`,
  [
    ['PATIENT_NUMBER', '5TW2-KJ7-NM48'],
    ['PATIENT_CONFIRMATION', 'your wellness visit is all set for the 14th'],
  ],
);
B('en', 'post', `Patient transport update: driver please collect Mrs Gwen Evans from 27 Heol Tawe, SA9 1XY at 7.45am for her dialysis at 9. Thanks!`, [
  ['POSTCODE_ADDRESS', '27 Heol Tawe, SA9 1XY'],
  ['PERSON_HEALTH', 'Mrs Gwen Evans from 27 Heol Tawe, SA9 1XY at 7.45am for her dialysis'],
]);
B(
  'en',
  'post',
  `Meals on Wheels volunteers: Mr. Jenkins at 1418 Cedar Ridge Dr, Columbus, OH 43214 is back home after his bypass surgery and needs low-sodium meals from Monday.`,
  [
    ['POSTCODE_ADDRESS', '1418 Cedar Ridge Dr, Columbus, OH 43214'],
    ['PERSON_HEALTH', 'Mr. Jenkins at 1418 Cedar Ridge Dr, Columbus, OH 43214 is back home after his bypass surgery'],
  ],
);
B(
  'en',
  'reply',
  `Hey Chloe! Sorry nobody got back to you about your mum's dementia assessment. The memory clinic nurse, Jo, will phone you on 07912 483106 this afternoon.`,
  [
    ['PHONE', '07912 483106'],
    ['PERSON_HEALTH', "your mum's dementia assessment"],
    ['PATIENT_CONFIRMATION', 'The memory clinic nurse, Jo, will phone you'],
  ],
);
B(
  'en',
  'reply',
  `Hi Mrs. Abernathy-Quinn, we've updated your records with your new address, 88 Larkspur Lane, Asheville NC 28803, so your oncology bills will go there from now on.`,
  [
    ['POSTCODE_ADDRESS', '88 Larkspur Lane, Asheville NC 28803'],
    ['PERSON_HEALTH', "Mrs. Abernathy-Quinn, we've updated your records with your new address, 88 Larkspur Lane, Asheville NC 28803, so your oncology bills"],
  ],
);
B(
  'en',
  'post',
  `Huge congrats to Siobhán Ní Bhriain (29) from Galway who ran the Dublin marathon just 18 months after her heart transplant at our hospital ❤️🏃‍♀️ #organdonation`,
  [['PERSON_HEALTH', 'Siobhán Ní Bhriain (29) from Galway who ran the Dublin marathon just 18 months after her heart transplant']],
);
B('en', 'reply', `@mikeyb_atx your lab work came back normal, Dr. Patel will go over your cholesterol numbers at your follow-up on the 22nd 👍`, [
  ['PERSON_HEALTH', '@mikeyb_atx your lab work came back normal'],
  ['PATIENT_CONFIRMATION', 'your follow-up on the 22nd'],
]);
B('en', 'reply', `Hi Gloria, the refund for your physio co-pay was sent to ${iban('IE', 'AIBK93115212345678')} yesterday. Let us know if it doesn't arrive!`, [
  ['IBAN', iban('IE', 'AIBK93115212345678')],
  ['PATIENT_CONFIRMATION', 'the refund for your physio co-pay'],
]);
B(
  'en',
  'post',
  `Please RT 🙏 Raising money for my neighbour Kwame Asante-Boateng's wheelchair after his MS got worse this year. Direct transfer: ${iban('GB', 'NWBK60161331926819')} or DM me. #MultipleSclerosis`,
  [
    ['IBAN', iban('GB', 'NWBK60161331926819')],
    ['PERSON_HEALTH', "Kwame Asante-Boateng's wheelchair after his MS got worse"],
  ],
);
B(
  'en',
  'reply',
  `Dear Mr. Whitfield, thank you for your feedback. We've reviewed your chart and the delay in your knee replacement was caused by a scheduling error on our part.`,
  [
    ['PATIENT_CONFIRMATION', "We've reviewed your chart"],
    ['PERSON_HEALTH', "Mr. Whitfield, thank you for your feedback. We've reviewed your chart and the delay in your knee replacement"],
  ],
);
B(
  'en',
  'post',
  `Staff reminder - NO patient info in group chats! Today someone shared "Pt Harold Briggs, NHS no. ${nhs('485777345')}, bed 14, ?sepsis" in the ward WhatsApp. Use NHSmail.`,
  [
    ['NHS_NUMBER', nhs('485777345')],
    ['PERSON_HEALTH', `Harold Briggs, NHS no. ${nhs('485777345')}, bed 14, ?sepsis`],
  ],
);
B(
  'en',
  'reply',
  `Hi Darnell, we looked into the bill for your ER visit. It was rejected because the form lists DOB 07/22/1985 and SSN ${ssn('301-62-4418')}, which don't match your insurer's records.`,
  [
    ['DATE_OF_BIRTH', '07/22/1985'],
    ['SSN', '301-62-4418'],
    ['PATIENT_CONFIRMATION', 'we looked into the bill for your ER visit'],
  ],
);
B(
  'en',
  'reply',
  `Hi Aoife, sorry you've had a rough time since the miscarriage. The early pregnancy unit has your details and someone will call you tomorrow. Sending love 💜`,
  [
    ['PERSON_HEALTH', "Hi Aoife, sorry you've had a rough time since the miscarriage"],
    ['PATIENT_CONFIRMATION', 'The early pregnancy unit has your details'],
  ],
);
B('en', 'post', `Found in the car park: a wallet with an NHS card for Mr D. Okonkwo, NHS number ${nhs('402881736')}. Hand it to reception or DM us!`, [
  ['NHS_NUMBER', nhs('402881736')],
]);
B(
  'en',
  'reply',
  `@lizzie_grant93 Lovely to hear you're settling in well after your discharge from the eating disorder unit. Keep going, we're all rooting for you 🌻`,
  [['PERSON_HEALTH', "@lizzie_grant93 Lovely to hear you're settling in well after your discharge from the eating disorder unit"]],
);
B(
  'en',
  'post',
  `Happy 90th birthday to our resident Dorothy McAllister, born 12 March 1936! 🎂 Dorothy moved to our memory care wing last spring and still beats everyone at bingo.`,
  [
    ['DATE_OF_BIRTH', '12 March 1936'],
    ['PERSON_HEALTH', 'Dorothy moved to our memory care wing'],
  ],
);
B('en', 'reply', `Hi Jamal, your MRN is 4471-0093 — use it when you log into MyChart to see your biopsy results.`, [
  ['PATIENT_NUMBER', 'MRN is 4471-0093'],
  ['PERSON_HEALTH', 'Hi Jamal, your MRN is 4471-0093 — use it when you log into MyChart to see your biopsy results'],
]);
B(
  'en',
  'reply',
  `@TheRealDebbieK we're sorry about the mix-up! Your husband's CPAP machine will be delivered to 219 W Maple Ave, Springfield IL 62704 on Friday.`,
  [
    ['POSTCODE_ADDRESS', '219 W Maple Ave, Springfield IL 62704'],
    ['PERSON_HEALTH', "Your husband's CPAP machine"],
  ],
);
B(
  'en',
  'post',
  `The HR team sent this to the wrong list - if you received an email with employee SSNs (e.g. ${ssn('218-44-9012')}), please delete it. Staff health screening dates are unaffected.`,
  [['SSN', '218-44-9012']],
);
B(
  'en',
  'reply',
  `Hi Ms. Yamamoto-Ferreira, your insulin pump supplies are on backorder, but we've put your name on the list and will call you on (614) 382-9047 as soon as they arrive.`,
  [
    ['PHONE', '(614) 382-9047'],
    ['PERSON_HEALTH', 'Ms. Yamamoto-Ferreira, your insulin pump supplies'],
  ],
);
B(
  'en',
  'post',
  `Volunteer driver needed Tuesday! One of our clients, Brenda Halloran, needs a lift to her chemo appointment at 9am. Can you help? Contact her directly: brenda.halloran58@yahoo.com or 0412 887 316.`,
  [
    ['PERSON_HEALTH', 'Brenda Halloran, needs a lift to her chemo appointment'],
    ['EMAIL', 'brenda.halloran58@yahoo.com'],
    ['PHONE', '0412 887 316'],
  ],
);
B(
  'en',
  'reply',
  `Hi Ngozi, we can't discuss care details here, but we've passed your message about your father's stroke rehab to the ward manager. Please email her directly on h.ashworth@gmail.com as our system is down.`,
  [
    ['EMAIL', 'h.ashworth@gmail.com'],
    ['PERSON_HEALTH', "your father's stroke rehab"],
  ],
);
B(
  'en',
  'post',
  `We're proud of Ethan, 16, from Moose Jaw, who spoke at the youth mental health summit about his recovery from depression after two years in our adolescent program. 💚`,
  [['PERSON_HEALTH', 'Ethan, 16, from Moose Jaw, who spoke at the youth mental health summit about his recovery from depression']],
);
B('en', 'reply', `Hi Bill, NHS number ${nhs('601234560')} is the one on your diabetic eye screening letter. Bring it along on Tuesday.`, [
  ['NHS_NUMBER', nhs('601234560')],
  ['PERSON_HEALTH', `Hi Bill, NHS number ${nhs('601234560')} is the one on your diabetic eye screening letter`],
  ['PATIENT_CONFIRMATION', 'your diabetic eye screening letter'],
]);
B(
  'en',
  'post',
  `Social work team: emergency placement tonight for siblings (7 and 9) - contact foster carer Mandy on 07700 913 452 or mandy.r.foster@outlook.com. Do not share publicly!`,
  [
    ['PHONE', '07700 913 452'],
    ['EMAIL', 'mandy.r.foster@outlook.com'],
  ],
);
B(
  'en',
  'reply',
  `@grandpa_joe_22 Thanks for the kind words about our hospice team! We know your wife's last weeks with us were hard, and we're glad we could keep her comfortable.`,
  [
    ['PATIENT_CONFIRMATION', "your wife's last weeks with us"],
    ['PERSON_HEALTH', "@grandpa_joe_22 Thanks for the kind words about our hospice team! We know your wife's last weeks with us"],
  ],
);
B('en', 'reply', `Hi Lucy, your hospital number is RVJ 5521904 and your colonoscopy is on the 9th. Don't forget the bowel prep the day before!`, [
  ['PATIENT_NUMBER', 'hospital number is RVJ 5521904'],
  ['PERSON_HEALTH', 'Hi Lucy, your hospital number is RVJ 5521904 and your colonoscopy is on the 9th'],
]);
B('en', 'post', `Billing example (DELETE after training): Patient: Carlos Mendoza, Medicare MBI ${mbi('7AC4-DF1-GH92')}, DOB 11/30/1942, Dx: CHF.`, [
  ['PATIENT_NUMBER', '7AC4-DF1-GH92'],
  ['DATE_OF_BIRTH', '11/30/1942'],
  ['PERSON_HEALTH', 'Carlos Mendoza'],
  ['PERSON_HEALTH', 'Dx: CHF'],
]);
B('en', 'reply', `Hi Mr. Tanaka, the pharmacy confirms your warfarin refill is ready. Your INR check is booked for 10am tomorrow with Nurse Bailey.`, [
  ['PATIENT_CONFIRMATION', 'the pharmacy confirms your warfarin refill is ready'],
  ['PERSON_HEALTH', 'Mr. Tanaka, the pharmacy confirms your warfarin refill'],
]);
B(
  'en',
  'post',
  `Today we said goodbye to Bertie Oyelaran-Smythe, 84, of Rotherham, after a long fight with COPD. Rest easy Bertie, the ward won't be the same without your jokes 🕊️`,
  [['PERSON_HEALTH', 'Bertie Oyelaran-Smythe, 84, of Rotherham, after a long fight with COPD']],
);
B('en', 'reply', `@heather.mcg your daughter's appointment with the paediatric neurologist has been moved to 3pm. Sorry for the late notice!`, [
  ['PATIENT_CONFIRMATION', "@heather.mcg your daughter's appointment with the paediatric neurologist"],
  ['PERSON_HEALTH', "your daughter's appointment with the paediatric neurologist"],
]);
B(
  'en',
  'reply',
  `Hi Ruth, we've processed your HSA reimbursement for the hearing aids. Your patient account number is PA-30918822 if you need to call billing@ about it.`,
  [
    ['PATIENT_NUMBER', 'patient account number is PA-30918822'],
    ['PATIENT_CONFIRMATION', "we've processed your HSA reimbursement for the hearing aids"],
  ],
);
B(
  'en',
  'post',
  `Our NICU graduate of the month is baby Zara Kowalski-Reid! Born at 26 weeks on 02/14/2025 and now home with mom and dad in Evanston 👶💕 #NICUgrad`,
  [
    ['PERSON_HEALTH', 'Zara Kowalski-Reid! Born at 26 weeks'],
    ['DATE_OF_BIRTH', '02/14/2025'],
  ],
);
B(
  'en',
  'reply',
  `Hey Marcus, we got your message. Your physical therapy for the ACL is approved by your insurer, first session Monday 8am at our Riverside clinic.`,
  [
    ['PERSON_HEALTH', 'Hey Marcus, we got your message. Your physical therapy for the ACL'],
    ['PATIENT_CONFIRMATION', 'first session Monday 8am at our Riverside clinic'],
  ],
);
B(
  'en',
  'reply',
  `Hi Ms. Abiodun, you're right, our records show your SSN as ${ssn('145-83-2209')} which doesn't match your insurance card. We'll correct it today.`,
  [
    ['SSN', '145-83-2209'],
    ['PATIENT_CONFIRMATION', 'our records show'],
  ],
);
B(
  'en',
  'post',
  `Welcome to the Netherlands! 🇳🇱 Example of how to fill in your registration form with our GP practice: "BSN ${bsn('31580427')}, Anna Kowalczyk, born 05-06-1990, Vondelstraat 41-2, 1054 GD Amsterdam".`,
  [
    ['BSN', bsn('31580427')],
    ['DATE_OF_BIRTH', '05-06-1990'],
    ['POSTCODE_ADDRESS', 'Vondelstraat 41-2, 1054 GD Amsterdam'],
  ],
);
B(
  'en',
  'reply',
  `Hi James, for your registration at our Utrecht practice we've noted BSN ${bsn('20473519')}. Your first appointment with Dr. Vos is on Tuesday.`,
  [
    ['BSN', bsn('20473519')],
    ['PATIENT_CONFIRMATION', 'Your first appointment with Dr. Vos is on Tuesday'],
  ],
);
B(
  'en',
  'reply',
  `@expat_sofia sorry for the confusion! The refund for your IVF consultation went to ${iban('NL', 'BUNQ2049118372')}, the account on your registration form.`,
  [
    ['IBAN', iban('NL', 'BUNQ2049118372')],
    ['PERSON_HEALTH', '@expat_sofia sorry for the confusion! The refund for your IVF consultation'],
  ],
);
B(
  'en',
  'post',
  `Thank you to everyone supporting little Hamish (4) from Dundee through his leukaemia treatment 💛 His family's fundraiser: ${iban('GB', 'BARC20000055779911')}`,
  [
    ['PERSON_HEALTH', 'Hamish (4) from Dundee through his leukaemia treatment'],
    ['IBAN', iban('GB', 'BARC20000055779911')],
  ],
);
B('en', 'reply', `Hi Fiona, the district nurse will visit you at 14 Brambling Close, Norwich NR4 7QS after your hip op, around 10am on Thursday.`, [
  ['POSTCODE_ADDRESS', '14 Brambling Close, Norwich NR4 7QS'],
  ['PERSON_HEALTH', 'Hi Fiona, the district nurse will visit you at 14 Brambling Close, Norwich NR4 7QS after your hip op'],
]);
B('en', 'reply', `@Wei_Zhang_88 We're happy to confirm your vasectomy consult is scheduled, see you next week at the urology clinic.`, [
  ['PERSON_HEALTH', "@Wei_Zhang_88 We're happy to confirm your vasectomy consult"],
  ['PATIENT_CONFIRMATION', 'see you next week at the urology clinic'],
]);
B(
  'en',
  'post',
  `Patient story 💙 When Tomasz Wiśniewski, a 38-year-old bus driver from Slough, found a lump in his neck, he never expected a Hodgkin lymphoma diagnosis. Six months on he's in remission.`,
  [['PERSON_HEALTH', 'Tomasz Wiśniewski, a 38-year-old bus driver from Slough, found a lump in his neck, he never expected a Hodgkin lymphoma diagnosis']],
);
B('en', 'reply', `Hi Kayleigh, your NHS number is ${nhs('732165049', '')} and the GP has sent the antidepressant prescription to Boots on the high street.`, [
  ['NHS_NUMBER', nhs('732165049', '')],
  ['PERSON_HEALTH', '*'],
]);
B(
  'en',
  'post',
  `Reminder to staff: use secure email for referrals. A referral containing "Mrs P. Goldberg, DOB 19/08/1950, NHS ${nhs('559302817')}, suspected dementia" was sent to an outside address today.`,
  [
    ['DATE_OF_BIRTH', '19/08/1950'],
    ['NHS_NUMBER', nhs('559302817')],
    ['PERSON_HEALTH', 'Mrs P. Goldberg'],
    ['PERSON_HEALTH', 'suspected dementia'],
  ],
);
B(
  'en',
  'reply',
  `Dear @JohnnyRizzo, we apologise that your mother waited 6 hours in A&E. She has now been admitted to the cardiac ward and the team will update you.`,
  [['PERSON_HEALTH', 'your mother waited 6 hours in A&E. She has now been admitted to the cardiac ward']],
);
B(
  'en',
  'post',
  `Volunteer of the year: Ada Bjørnstad! Ada started volunteering with us after our clinic treated her breast cancer in 2019. Contact her at ada.bjornstad@icloud.com to join the buddy scheme.`,
  [
    ['PERSON_HEALTH', 'Ada started volunteering with us after our clinic treated her breast cancer'],
    ['EMAIL', 'ada.bjornstad@icloud.com'],
  ],
);
B(
  'en',
  'reply',
  `Hi Pat, we've spoken to the team: your SSN (${ssn('078-42-1163')}) was entered wrong on the Medicaid application, which is why it was rejected.`,
  [
    ['SSN', '078-42-1163'],
    ['PATIENT_CONFIRMATION', 'the Medicaid application'],
  ],
);
B(
  'en',
  'post',
  `Tax season PSA from our billing office: never post your forms online! We saw a patient share "SSN ${ssn('627-19-0348')}" in a comment on our page today and have hidden it.`,
  [['SSN', '627-19-0348']],
);
B(
  'en',
  'reply',
  `@carla_b_nurse thanks for flagging! Mr. Ortega's SSN ${ssn('455-07-3321')} should never have been in the discharge summary we posted as an example. Taking it down now.`,
  [
    ['SSN', '455-07-3321'],
    ['PATIENT_CONFIRMATION', "Mr. Ortega's SSN"],
  ],
);
B(
  'en',
  'reply',
  `Hi Sunita, if the portal won't let you in, try with NHS number ${nhs('878114520', '-')} and your date of birth 23/04/1979. Your blood test results should be there.`,
  [
    ['NHS_NUMBER', nhs('878114520', '-')],
    ['DATE_OF_BIRTH', '23/04/1979'],
    ['PERSON_HEALTH', '*'],
  ],
);
B(
  'en',
  'post',
  `Lost property 📦 A hospital appointment letter for Mr Alistair Drummond-Fyfe (NHS ${nhs('450992183')}, orthopaedics, 3 June) was found on the number 22 bus. Collect from main reception.`,
  [
    ['NHS_NUMBER', nhs('450992183')],
    ['PERSON_HEALTH', 'Mr Alistair Drummond-Fyfe'],
    ['PERSON_HEALTH', 'orthopaedics, 3 June'],
  ],
);

// =================== English, ok ===================
O(
  'en',
  'post',
  `Today the Health Minister, Ms. Van der Heijden, visited our geriatric ward. She spoke with our nurses about staff shortages and how care technology can help. #FutureOfCare`,
  { family: 'twin-minister' },
);
O(
  'en',
  'post',
  `Great to welcome Health Secretary Andrew Whitmore to our new diagnostic centre today. He met the radiography team and saw the new CT scanner in action.`,
);
O(
  'en',
  'post',
  `Governor Martinez toured our rural health clinic this morning and heard from our community health workers about access to care in the county. Thank you for stopping by!`,
);
O(
  'en',
  'post',
  `September 21 is World Alzheimer's Day. Around 55 million people worldwide live with dementia. Want to know how you can support someone with Alzheimer's? Visit our website. #WorldAlzheimersDay`,
  { family: 'twin-alzheimer' },
);
O(
  'en',
  'post',
  `April is Parkinson's Awareness Month 💙 Join our movement disorders team for a free community talk on exercise and Parkinson's disease, Thursday 6pm.`,
);
O(
  'en',
  'post',
  `Crohn's & Colitis Awareness Week starts today! If you've had stomach pain, diarrhoea or weight loss for more than a few weeks, speak to your GP. #CrohnsAndColitis`,
);
O('en', 'post', `October is Down Syndrome Awareness Month. We're proud to employ 12 team members with Down syndrome across our cafés and reception desks 💛💙`);
O(
  'en',
  'post',
  `May is Huntington's Disease Awareness Month. HD affects movement, thinking and mood. Our genetic counsellors can help families understand their options.`,
);
O('en', 'post', `The John Radcliffe Hospital's new maternity unit opens its doors on Monday. Expectant parents can book a virtual tour online.`);
O('en', 'post', `Proud to announce our partnership with Johns Hopkins Medicine on a new telehealth stroke program for rural hospitals across the state 🧠`);
O(
  'en',
  'post',
  `Visiting Royal Victoria Infirmary this weekend? The Queen Victoria Road entrance is closed for resurfacing, please use the Leazes Wing entrance.`,
);
O(
  'en',
  'post',
  `Help us build a new family room in our children's hospice! Donate by bank transfer to ${iban('GB', 'LOYD30963812345678')} (ref: FAMILYROOM) or at the link in our bio. Thank you 💜`,
);
O('en', 'post', `Questions about your bill? Email billing@stlukesmedical.org or call our Patient Financial Services line at (208) 381-2200, Mon-Fri 8-5.`, {
  org: allow({ phones: ['(208) 381-2200'], domains: ['stlukesmedical.org'] }),
});
O(
  'en',
  'post',
  `Want to book, change or cancel an appointment? Email appointments@northsidegp.co.uk or use the NHS App. Please keep phone lines free for urgent calls.`,
  { org: allow({ domains: ['northsidegp.co.uk'] }) },
);
O(
  'en',
  'post',
  `Please join us in welcoming our new Chief Nursing Officer, Abigail Mensah! Abigail joins us from Guy's and St Thomas' and starts on 1 April.`,
  { org: allow({ staff: [staff('Abigail Mensah', 'Chief Nursing Officer')] }) },
);
O('en', 'post', `"Every shift in the NICU teaches me something new about resilience." - Carmen, neonatal nurse since 2012 #NursesWeek`, {
  org: allow({ staff: [staff('Carmen', 'neonatal nurse')] }),
});
O(
  'en',
  'post',
  `Flu season is here. If you're 65+, pregnant or have a long-term condition, you're eligible for a free flu jab. Book at your GP or local pharmacy. #FluJab`,
  { family: 'twin-flu' },
);
O(
  'en',
  'post',
  `Women aged 50 to 71 are invited for breast screening every three years. It takes just a few minutes and can find cancers early. 🎀 #BreastCancerAwareness`,
);
O(
  'en',
  'post',
  `WE'RE HIRING 📣 Registered Nurses for our cardiac step-down unit, full and part time, sign-on bonus available. Apply at careers.mercyhealth.org or email recruiting@mercyhealth.org`,
  { org: allow({ domains: ['mercyhealth.org'] }) },
);
O(
  'en',
  'post',
  `Community Health Fair this Saturday 10-2 at our main campus, 2500 N State St, Jackson, MS 39216! Free blood pressure checks, flu shots and kids' activities 🎈`,
  { org: allow({ addresses: ['2500 N State St, Jackson, MS 39216'] }) },
);
O(
  'en',
  'reply',
  `We're sorry to hear about your experience. We'd like to look into this, but we can't discuss any details here. Please send us a direct message or call our Patient Advocate line.`,
);
O('en', 'reply', `Thanks for reaching out! We can't give medical advice on social media. Please contact your GP, or call NHS 111 outside surgery hours.`, {
  family: 'twin-nomedical',
});
O(
  'en',
  'post',
  `Fever in adults usually settles within 3 days. Paracetamol 500mg, up to 4 times in 24 hours, can help. Seek help if you have a rash that doesn't fade under a glass.`,
);
O(
  'en',
  'post',
  `Our spokesperson Daniel Ferreira-Lopes will be giving media interviews today about the new urgent treatment centre. Press enquiries: press@uhbristol.nhs.uk`,
  { org: allow({ staff: [staff('Daniel Ferreira-Lopes', 'spokesperson')], domains: ['uhbristol.nhs.uk'] }) },
);
O(
  'en',
  'post',
  `Dr. Hannah Okoye, consultant paediatrician, on RSV: "In babies under three months we watch feeding and breathing closely. If in doubt, call us." Full interview on our blog.`,
  { org: allow({ staff: [staff('Hannah Okoye', 'consultant paediatrician')] }) },
);
O('en', 'post', `Stay cool ☀️ During the heatwave, drink plenty of water, keep curtains closed in the day and check on older neighbours. #Heatwave`);
O(
  'en',
  'post',
  `Our GP practice has moved! From 1 June you'll find us at 42 Castle Street, Shrewsbury SY1 2BB. Our phone number stays the same: 01743 352 900.`,
  { org: allow({ phones: ['01743 352 900'], addresses: ['42 Castle Street, Shrewsbury SY1 2BB'] }) },
);
O('en', 'post', `Congratulations to our district nursing team in Kirklees for winning the Nursing Times Community Team of the Year award! 🏆👏`);
O('en', 'post', `Are you a carer? You're not alone. Our carers' drop-in runs every Wednesday 10-12 at the community hub, no appointment needed ☕`);
O('en', 'reply', `Thank you so much for the kind words! We'll pass them on to the whole team 😊`);
O(
  'en',
  'post',
  `Beware of scam calls claiming to be from our hospital asking for your Social Security number or bank details. We will NEVER ask for these by phone. Hang up and call our main number.`,
);
O(
  'en',
  'post',
  `Our research team published new findings in NEJM today: shorter radiotherapy courses for early Hodgkin lymphoma with the same survival outcomes 🔬`,
);
O('en', 'reply', `Hi there! Visiting hours are 11am to 8pm daily. Different rules apply in the ICU, please check with the nurses on the unit.`);
O('en', 'post', `It's Children's Mental Health Week 💚 Our CAMHS team shares five small ways to help your child talk about their feelings. Thread 🧵👇`);
O('en', 'post', `Mayor Thompson joined us to cut the ribbon on the new Addiction Recovery Center downtown. Treatment saves lives. #RecoveryIsPossible`);
O('en', 'post', `St Mary's, St Thomas' and King's College Hospital are pooling their waiting list data so patients across London can be seen sooner.`);
O(
  'en',
  'post',
  `Meet Liam O'Sullivan, ward manager on our acute medical unit: "Self-rostering has changed everything for our team's work-life balance." #NHSPeople`,
  { org: allow({ staff: [staff("Liam O'Sullivan", 'ward manager')] }) },
);
O(
  'en',
  'post',
  `Happy holidays from all of us at Maplewood Senior Living! 🎄 Our holiday market on Dec 14 at 318 Maplewood Dr, Ann Arbor MI is open to everyone.`,
  { org: allow({ addresses: ['318 Maplewood Dr, Ann Arbor MI'] }) },
);
O('en', 'post', `Dietitian tip: aim for 5 portions of fruit and veg a day. Sounds a lot? Start with a handful of cherry tomatoes at lunch 🍅`);
O('en', 'reply', `Thanks for letting us know about the broken parking machine! We've reported it to our estates team.`);
O('en', 'post', `Today we opened the Mary Potter Hospice extension: eight new rooms where people in their final days can receive calm, loving care. 🕊️`);
O('en', 'post', `Tourette Awareness Month: tics are involuntary. Staring or commenting doesn't help, patience does. Learn more from Tourettes Action.`);
O(
  'en',
  'post',
  `"As a district nurse I see what people really need once I'm through their front door." Rhiannon Price has worked with us in Cardiff for 12 years.`,
  { org: allow({ staff: [staff('Rhiannon Price', 'district nurse')] }) },
);
O('en', 'post', `Want to quit smoking this #Stoptober? Our stop smoking advisers offer free support and nicotine replacement for 12 weeks 🚭`);
O('en', 'post', `Happy International Nurses Day 💐 Thank you to all 3,400 nurses and midwives across our trust. You make care happen.`);
O('en', 'reply', `@healthylivingUK thanks for sharing our campaign! 🙏`);
O(
  'en',
  'post',
  `Lou Gehrig's disease (ALS) affects around 30,000 Americans. This June, walk with our neurology team at the Walk to Defeat ALS. Sign up via our website!`,
);
O('en', 'post', `Webinar: Living with Addison's disease, with endocrinologist Dr. Priya Raman, Tuesday 7pm. Register at events@endocentre.org`, {
  org: allow({ staff: [staff('Priya Raman', 'endocrinologist')], domains: ['endocentre.org'] }),
});
O('en', 'post', `Our surgeries will be closed on the bank holiday Monday. For urgent medical help call NHS 111, for emergencies dial 999.`);
O('en', 'post', `Have a question about privacy or want to request a copy of your records? Contact our Data Protection Officer at privacy@sunnybrookhealth.ca`, {
  org: allow({ domains: ['sunnybrookhealth.ca'] }),
});
O(
  'en',
  'reply',
  `Good question! Blood test results usually arrive within a week and your GP will contact you if anything needs following up. You can also check the NHS App.`,
);
O(
  'en',
  'post',
  `By the numbers: in 2024 our Emergency Department saw 62,418 patients, 6% more than last year. Median wait to be seen: 41 minutes. #AnnualReport`,
);
O(
  'en',
  'post',
  `Lyme disease season is here 🕷️ Check yourself and your kids for ticks after hiking. Remove them with fine-tipped tweezers and watch for a bullseye rash.`,
);
O('en', 'post', `The Christie is the first centre in the North West to offer proton beam therapy for adults. Find out who it's for on our website.`);
O('en', 'reply', `Sorry you had such a long wait on the phone today. We're adding extra staff to the lines at peak times. Thanks for your patience!`);
O('en', 'post', `Welcome to our new GP, Dr. Samuel Adeyemi, GMC 7049213. Dr. Adeyemi will hold surgeries on Mondays, Wednesdays and Fridays.`, {
  org: allow({ staff: [staff('Samuel Adeyemi', 'GP')] }),
});
O('en', 'post', `Prince William visited the Royal Marsden today to thank staff and hear about their work on children's cancer research.`);
O('en', 'post', `Need help outside office hours? Our 24/7 crisis line is 1-800-273-8255. You are not alone 💙 #MentalHealthMatters`, {
  org: allow({ phones: ['1-800-273-8255'] }),
});
O('en', 'post', `Our Melbourne clinic is hiring! Enrolled nurses, 0.6-1.0 FTE. Email jobs@bayviewhealth.com.au with your CV by 30 June.`, {
  org: allow({ domains: ['bayviewhealth.com.au'] }),
});
O('en', 'post', `Reminder: the pharmacy at our Riverside campus now opens at 7:30am on weekdays. Prescriptions can be picked up until 9pm. 💊`);

// =================== longer and shorter texts, both languages ===================
B(
  'nl',
  'post',
  `📖 Uit onze nieuwsbrief van april

Wie Truus Wagemaker-Oldenhof (79) uit Hoogeveen ziet rondlopen in de tuin van De Wingerd, zou niet zeggen dat ze twee jaar geleden een zware hersenbloeding kreeg. "Ik kon niet meer praten, niet meer lopen. Nu doe ik weer mee met de koorrepetitie!" Haar dochter houdt ons op de hoogte via truuswagemaker.familie@kpnmail.nl en stuurt elke week foto's van haar vorderingen.

Ook verhalen delen? Mail naar communicatie@dewingerd.nl. #revalidatie #NAH #ouderenzorg`,
  [
    [
      'PERSON_HEALTH',
      'Truus Wagemaker-Oldenhof (79) uit Hoogeveen ziet rondlopen in de tuin van De Wingerd, zou niet zeggen dat ze twee jaar geleden een zware hersenbloeding kreeg',
    ],
    ['EMAIL', 'truuswagemaker.familie@kpnmail.nl'],
  ],
);
B(
  'nl',
  'post',
  `Lieve allemaal,
onze collega Hatice van de nachtdienst vraagt of we willen helpen. Haar nichtje Elif (6) heeft een zeldzame spierziekte en de familie spaart voor een aangepaste fiets 🚲
Wie iets wil bijdragen: ${iban('NL', 'SNSB0931827465')} t.n.v. A. Yilmaz, ovv "fiets Elif".
Elk bedrag is welkom, ook €5!! Delen mag ook 🙏
#samensterk #zorgcollegas`,
  [
    ['PERSON_HEALTH', 'Haar nichtje Elif (6) heeft een zeldzame spierziekte'],
    ['IBAN', iban('NL', 'SNSB0931827465')],
  ],
);
B('nl', 'reply', `@anouk_pp uw uitslag is goed hoor!! 👍`, [['PERSON_HEALTH', '@anouk_pp uw uitslag is goed']]);
B(
  'nl',
  'reply',
  `Hoi Bas, ik zie dat de betaling voor de tandartsbehandeling van je dochter nog openstaat. Je kunt het overmaken naar ons, of we schrijven het af van ${iban('NL', 'TRIO0198437265')} zoals vorige keer, laat maar weten.`,
  [
    ['IBAN', iban('NL', 'TRIO0198437265')],
    ['PATIENT_CONFIRMATION', 'de betaling voor de tandartsbehandeling van je dochter nog openstaat'],
  ],
);
B(
  'nl',
  'reply',
  `Dag mw. Boukema, uw bsn ${bsn('12853079')} stond op het formulier dat u ons stuurde, maar het is niet nodig voor het aanmelden bij de valpreventiecursus. We hebben het verwijderd.`,
  [
    ['BSN', bsn('12853079')],
    ['PATIENT_CONFIRMATION', 'het aanmelden bij de valpreventiecursus'],
  ],
);
B(
  'en',
  'post',
  `🧵 Thread: a week in the life of our community mental health team (1/4)

Monday starts early. Our CPN Gareth drives out to see Mrs. Oluwaseun Adebayo-Hart, 71, in Penarth, who has lived with bipolar disorder for forty years and just switched to a new mood stabiliser. "She makes the best tea in South Wales," Gareth says. Her son keeps us posted at femi.adebayohart@gmail.com when she has a bad day.

Tuesday is team supervision... 👇 #MentalHealth #CommunityCare`,
  [
    [
      'PERSON_HEALTH',
      'Mrs. Oluwaseun Adebayo-Hart, 71, in Penarth, who has lived with bipolar disorder for forty years and just switched to a new mood stabiliser',
    ],
    ['EMAIL', 'femi.adebayohart@gmail.com'],
  ],
);
B('en', 'reply', `@jenna_r good news, your biopsy was benign!! 🎉`, [['PERSON_HEALTH', '@jenna_r good news, your biopsy was benign']]);
B(
  'en',
  'reply',
  `Hi Maureen, we refunded the overpayment for your cataract surgery to ${iban('IE', 'BOFI90001712345670')}, the account we have on file. It should show within 3 working days.`,
  [
    ['IBAN', iban('IE', 'BOFI90001712345670')],
    ['PERSON_HEALTH', 'Hi Maureen, we refunded the overpayment for your cataract surgery'],
  ],
);
B(
  'en',
  'post',
  `Spotted in our community Facebook group and removed: a carer posted a client's details asking for a lift - "Mr Kowalski, 3 Ashgrove Terrace, SSN ${ssn('396-24-1850')}, needs a ride to dialysis Tuesday". Please, never do this.`,
  [
    ['SSN', '396-24-1850'],
    ['PERSON_HEALTH', 'Mr Kowalski, 3 Ashgrove Terrace'],
    ['POSTCODE_ADDRESS', '3 Ashgrove Terrace'],
    ['PERSON_HEALTH', 'needs a ride to dialysis Tuesday'],
  ],
);
B(
  'en',
  'reply',
  `Hi Gurpreet, the clinic letter with your NHS number (${nhs('312884590')}) went to your old address. We're resending it to you today, apologies.`,
  [
    ['NHS_NUMBER', nhs('312884590')],
    ['PATIENT_CONFIRMATION', 'the clinic letter with your NHS number'],
  ],
);
B(
  'en',
  'post',
  `Grandma Rose's family asked us to share: photos from her 100th birthday party at our memory care unit can be sent to rose.family.photos@gmail.com 🎂📸`,
  [
    ['EMAIL', 'rose.family.photos@gmail.com'],
    ['PERSON_HEALTH', "Grandma Rose's family asked us to share: photos from her 100th birthday party at our memory care unit"],
  ],
);

O(
  'nl',
  'post',
  `📣 Campagne 'Samen valpreventie' gaat van start!

Eén op de drie 65-plussers valt minstens één keer per jaar. Vaak thuis, vaak op een gewone dinsdag. Daarom organiseren fysiotherapeuten en wijkverpleegkundigen van onze organisatie deze maand gratis valtrainingen in de buurthuizen.

📍 Buurthuis De Klimop, Lindelaan 40, 5611 AB Eindhoven
🗓️ elke dinsdag in oktober, 10.00-11.30 uur
☎️ aanmelden via 040 - 211 83 00 of valpreventie@zorgbeheer-ehv.nl

Neem gerust je buurvrouw mee! #valpreventie #GezondOuderWorden`,
  { org: allow({ phones: ['040 - 211 83 00'], addresses: ['Lindelaan 40, 5611 AB Eindhoven'], domains: ['zorgbeheer-ehv.nl'] }) },
);
O('nl', 'post', `Fijne Pasen allemaal! 🐣`);
O(
  'nl',
  'post',
  `"Mensen denken vaak dat werken in de GGZ zwaar is. Dat is het soms ook. Maar als iemand na maanden weer zelf boodschappen doet, of na een psychose weer contact heeft met zijn kinderen, dan weet ik waarom ik dit doe. Het gaat om kleine stappen, en om volhouden, ook als het tegenzit. Ik leer elke dag van de mensen die ik begeleid."
- Rachid Amrani, sociaal psychiatrisch verpleegkundige bij ons FACT-team in Amersfoort. #ikwerkindeggz`,
  { org: allow({ staff: [staff('Rachid Amrani', 'sociaal psychiatrisch verpleegkundige')] }) },
);
O('nl', 'reply', `Dankjewel voor je reactie! 😊`);
O(
  'en',
  'post',
  `🧵 What happens at a breast screening appointment? (1/3)

Lots of women tell us they put off their first mammogram because they don't know what to expect. So here goes: you'll be seen by a female mammographer, the X-ray itself takes just a few seconds per side, and the whole appointment is usually done in about 30 minutes. It can feel uncomfortable for a moment, but it shouldn't hurt for long.

Results come by letter within two weeks. Questions? Call our screening office on 0113 206 5555 or email screening.leeds@nhs.net 💗 #BreastScreening`,
  { org: allow({ phones: ['0113 206 5555'], domains: ['nhs.net'] }) },
);
O('en', 'post', `We're open as normal today ❄️`);
O(
  'en',
  'post',
  `From our Chief Medical Officer, Dr. Rebecca Lindqvist: "Burnout among clinicians isn't a personal failing. It's a systems problem, and fixing it is our job as leaders. This year we've hired 40 more nurses, cut after-hours charting and opened a peer-support line for staff. We still have a long way to go, and I want every member of our team to know they can speak up." Read her full letter to staff on our website.`,
  { org: allow({ staff: [staff('Rebecca Lindqvist', 'Chief Medical Officer')] }) },
);
O('en', 'reply', `thx for the shoutout!! the night shift crew will love this 😂`);
O(
  'nl',
  'post',
  `wij zoeken per direkt een helpende plus voor de avonddienst op onze PG afdeling, 16-24 uur. ervaring met dementie is fijn maar niet nodig, we leren je alles!! reageren via werkenbij@zorgcentrumdehaven.nl 💌`,
  { org: allow({ domains: ['zorgcentrumdehaven.nl'] }) },
);

// ---- build, validate, write ----
const TYPES = [
  'PERSON_HEALTH',
  'PATIENT_CONFIRMATION',
  'BSN',
  'SSN',
  'NHS_NUMBER',
  'PATIENT_NUMBER',
  'IBAN',
  'PHONE',
  'EMAIL',
  'POSTCODE_ADDRESS',
  'DATE_OF_BIRTH',
];
const digits = (s) => s.replace(/\D/g, '');
const checks = {
  BSN: (s) => {
    const d = digits(s).padStart(9, '0').split('').map(Number);
    return d.length === 9 && d.reduce((a, x, i) => a + x * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
  },
  NHS_NUMBER: (s) => {
    const d = digits(s).split('').map(Number);
    if (d.length !== 10) return false;
    const r = 11 - (d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) % 11);
    return (r === 11 ? 0 : r) === d[9];
  },
  IBAN: (s) => {
    const raw = s.replace(/\s/g, '');
    const num = (raw.slice(4) + raw.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    let rem = 0;
    for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
    return rem === 1;
  },
  SSN: (s) => {
    ssn(s);
    return true;
  },
};

const seen = new Set();
const famIds = new Map();
const perLang = { nl: 0, en: 0 };
let famNo = 0;
const out = records.map((r) => {
  if (seen.has(r.text)) throw new Error(`duplicate text: ${r.text.slice(0, 40)}`);
  seen.add(r.text);
  perLang[r.lang] += 1;
  const id = `sit-${r.lang}-${String(perLang[r.lang]).padStart(3, '0')}`;
  let family;
  if (r.family) {
    if (!famIds.has(r.family)) famIds.set(r.family, `sit-${String(++famNo).padStart(3, '0')}`);
    family = famIds.get(r.family);
  } else family = `sit-${String(++famNo).padStart(3, '0')}`;
  const entities = r.ents.map(([type, sub, occ = 0]) => {
    if (!TYPES.includes(type)) throw new Error(`unknown type ${type} in ${id}`);
    // "*" marks a span over the whole text (the name and the health information are spread over it).
    if (sub === '*') return { type, start: 0, end: r.text.length };
    let start = -1;
    for (let k = 0; k <= occ; k++) start = r.text.indexOf(sub, start + 1);
    if (start < 0) throw new Error(`${id}: span not found: ${sub}`);
    if (checks[type] && !checks[type](sub)) throw new Error(`${id}: ${type} fails its check: ${sub}`);
    return { type, start, end: start + sub.length };
  });
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  if (r.verdict === 'block' && entities.length === 0) throw new Error(`${id}: block without entities`);
  if (r.verdict === 'ok' && entities.length > 0) throw new Error(`${id}: ok with entities`);
  if (r.text.length > 650) throw new Error(`${id}: text too long (${r.text.length})`);
  const rec = { id, family, lang: r.lang, kind: r.kind, text: r.text, entities, verdict: r.verdict, split: 'holdout' };
  if (r.org) rec.org = r.org;
  return rec;
});
for (const [k, f] of famIds) {
  const members = out.filter((x) => x.family === f);
  if (members.length !== 2 || members[0].lang === members[1].lang) throw new Error(`twin family ${k} is not an nl/en pair`);
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'situations.jsonl'), `${out.map((x) => JSON.stringify(x)).join('\n')}\n`);

// ---- counts ----
const count = (pred) => out.filter(pred).length;
console.log(`records: ${out.length}, families: ${new Set(out.map((x) => x.family)).size}`);
for (const lang of ['nl', 'en']) {
  console.log(`${lang}: block ${count((x) => x.lang === lang && x.verdict === 'block')}, ok ${count((x) => x.lang === lang && x.verdict === 'ok')}`);
}
console.log(`kind: post ${count((x) => x.kind === 'post')}, reply ${count((x) => x.kind === 'reply')}; with org allow-list: ${count((x) => x.org)}`);
const lens = out.map((x) => x.text.length).sort((a, b) => a - b);
console.log(`length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);
for (const t of TYPES) {
  const n = (lang) => out.filter((x) => x.lang === lang).reduce((a, x) => a + x.entities.filter((e) => e.type === t).length, 0);
  const recs = count((x) => x.entities.some((e) => e.type === t));
  console.log(`${t.padEnd(22)} spans nl ${n('nl')}, en ${n('en')}; records ${recs}`);
}
