// Dutch development situations for the privacy guard (issue 8, fourth round): TUNING DATA.
// Written fresh from the descriptions of situations (patient stories as comms staff write them,
// webcare replies, hard negatives), not from the templates and without reading any held-out text.
// Same record format as the situations set (docs/guard.md); ids `devsit-nl-NNN`, split "dev".
// Run: node eval/guard/dev-situations-nl-build.mjs  -> writes eval/guard/dev-situations-nl.jsonl
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** BSN with a valid elfproef: 8 digits + check digit (the prefix is bumped until one exists). */
function bsn(prefix8) {
  let p = Number(prefix8);
  for (;;) {
    const d = String(p).padStart(8, '0').split('').map(Number);
    const s = d.reduce((acc, x, i) => acc + x * (9 - i), 0) % 11;
    if (s < 10) return d.join('') + String(s);
    p += 1;
  }
}
/** Dutch IBAN with mod-97 check digits, grouped in fours. */
function iban(bank, account) {
  const bban = `${bank}${account}`;
  const num = `${bban}NL00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  return `NL${check}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}

const records = [];
/** Should block. ents: [type, exact substring, occurrence?]; '*' = the whole text. */
const B = (kind, text, ents, opts = {}) => records.push({ kind, text, ents, verdict: 'block', ...opts });
/** Must not block. */
const O = (kind, text, opts = {}) => records.push({ kind, text, ents: [], verdict: 'ok', ...opts });
const allow = (a) => ({ org: { allow: { phones: [], addresses: [], staff: [], domains: [], bigNumbers: [], ...a } } });

const B1 = bsn('21438765');
const B2 = bsn('60517342');
const B3 = bsn('13579246');
const I_DONATE = iban('RABO', '0312456789');
const I_PERSON = iban('INGB', '0007654321');
const I_PERSON2 = iban('ABNA', '0456781234');

// =================== patient stories (posts), block ===================
B('post', 'Marleen Hoogenboom (47) uit Apeldoorn hoorde in maart dat ze borstkanker heeft. Inmiddels is ze halverwege haar chemo.', [
  ['PERSON_HEALTH', 'Marleen Hoogenboom'],
]);
B('post', 'Wietske Dijkhuizen, 62 jaar en woonachtig in Sneek, kreeg vorig jaar de diagnose darmkanker. Ze deelt haar verhaal om anderen moed te geven.', [
  ['PERSON_HEALTH', 'Wietske Dijkhuizen'],
]);
B('post', 'Na zijn hartinfarct in januari fietst Tjalling Wierda (58) uit Heerenveen weer elke dag naar zijn werk. Knap gedaan, Tjalling!', [
  ['PERSON_HEALTH', 'Tjalling Wierda'],
]);
B('post', 'Jildou de Boer uit Drachten is 34 en heeft MS. In deze video vertelt ze hoe de revalidatie haar helpt.', [['PERSON_HEALTH', 'Jildou de Boer']]);
B('post', 'Deze week in het zonnetje: Aukje van der Veen-Bakker (71). Zij onderging afgelopen maand een nieuwe heup en loopt nu alweer zonder rollator.', [
  ['PERSON_HEALTH', 'Aukje van der Veen-Bakker'],
]);
B('post', 'Mevrouw Smulders-Verhagen uit Oss mocht gisteren na drie weken op onze longafdeling eindelijk naar huis.', [['PERSON_HEALTH', 'Smulders-Verhagen']]);
B('post', 'Geesje Oosterveld (83) komt oorspronkelijk uit Emmen. Na haar beroerte verhuisde ze naar onze woongroep Berkenhof.', [
  ['PERSON_HEALTH', 'Geesje Oosterveld'],
]);
B('post', 'Op de foto: Durk Hiemstra uit Dokkum, die na zes maanden dialyse een donornier kreeg van zijn broer.', [['PERSON_HEALTH', 'Durk Hiemstra']]);
B('post', 'Brecht Vanhoutte (29) uit Tilburg kreeg op haar 27e de diagnose lymfoom. Nu is ze schoon verklaard en rent ze de Bredase singelloop.', [
  ['PERSON_HEALTH', 'Brecht Vanhoutte'],
]);
B('post', 'Wat een doorzetter is Siebe Kuiperij. Na zijn dwarslaesie leerde hij bij ons opnieuw zelfstandig wonen.', [['PERSON_HEALTH', 'Siebe Kuiperij']]);
B('post', 'Femmie Lubbers (56) vertelt openhartig over haar depressie en hoe de dagbehandeling in Zutphen haar erdoorheen sleepte.', [
  ['PERSON_HEALTH', 'Femmie Lubbers'],
]);
B('post', 'J. de Vries (78) uit Kampen is gisteren geopereerd aan zijn knie en maakt het naar omstandigheden goed.', [['PERSON_HEALTH', 'J. de Vries']]);
B('post', 'Mevrouw A.M. Kooistra-Bos kreeg deze week haar laatste bestraling. Het hele team van radiotherapie stond klaar met taart.', [
  ['PERSON_HEALTH', 'A.M. Kooistra-Bos'],
]);
B('post', 'Ouassima El Haddouti (41) uit Utrecht heeft diabetes type 1 en vertelt hoe zij haar insulinepomp combineert met de ramadan.', [
  ['PERSON_HEALTH', 'Ouassima El Haddouti'],
]);
B('post', 'Kübra Yıldırım is pas 24 en heeft al tien jaar epilepsie. Vandaag deelt ze op ons kanaal hoe ze daarmee studeert.', [
  ['PERSON_HEALTH', 'Kübra Yıldırım'],
]);
B('post', 'Meneer Van den Heuvel (91) uit Barneveld lag met een longontsteking op onze afdeling en vierde daar zijn verjaardag.', [
  ['PERSON_HEALTH', 'Van den Heuvel'],
]);
B('post', 'Hiske Terpstra-Zijlstra uit Joure herstelt goed van haar borstamputatie en wil anderen vertellen over haar ervaringen.', [
  ['PERSON_HEALTH', 'Hiske Terpstra-Zijlstra'],
]);
B('post', 'De kleine Ylva (4) uit Assen lag twee weken in de couveuse en is nu een vrolijke peuter.', [['PERSON_HEALTH', 'Ylva']]);
B('post', 'Giel Hendriksen uit Venlo is sinds zijn auto-ongeluk afhankelijk van een rolstoel. Zijn revalidatie duurde ruim een jaar.', [
  ['PERSON_HEALTH', 'Giel Hendriksen'],
]);
B('post', 'Minke Postmus werd met 28 weken geboren en lag maandenlang op de neonatologie. Nu is ze tien en zit ze op hockey.', [
  ['PERSON_HEALTH', 'Minke Postmus'],
]);
B('post', 'Onze bewoner Gerrit-Jan Oldenhuis viert zijn 100e verjaardag. Ondanks zijn dementie herkende hij alle kleinkinderen.', [
  ['PERSON_HEALTH', 'Gerrit-Jan Oldenhuis'],
]);
B('post', 'Trots op Lysanne Kloosterboer! Na haar anorexia staat ze weer op het podium met haar dansgroep in Zwolle.', [
  ['PERSON_HEALTH', 'Lysanne Kloosterboer'],
]);
B('post', 'Tieme Brouwers (9) uit Goes heeft leukemie en mocht vandaag een dag meedraaien met de brandweer.', [['PERSON_HEALTH', 'Tieme Brouwers']]);
B('post', 'Rowan van Ommeren is 16 en heeft de ziekte van Crohn. Hij zamelde al 3000 euro in voor onderzoek.', [['PERSON_HEALTH', 'Rowan van Ommeren']]);
B('post', 'Djamila Bouchtaoui (52) uit Rotterdam-Zuid kreeg bij ons een nieuwe knie en staat alweer achter de kassa.', [
  ['PERSON_HEALTH', 'Djamila Bouchtaoui'],
]);
B('post', 'Elin Groenewoud (37) kreeg vorig voorjaar een hersenbloeding. Met veel logopedie praat ze nu weer vloeiend.', [
  ['PERSON_HEALTH', 'Elin Groenewoud'],
]);
B('post', 'Vandaag werd Bente Schuurmans na haar stamceltransplantatie ontslagen. Het hele team zwaaide haar uit.', [['PERSON_HEALTH', 'Bente Schuurmans']]);
B('post', 'Silke Haverkamp uit Hengelo hoorde op haar 31e dat ze uitgezaaide longkanker heeft. Ze wil dat meer jonge mensen dit weten.', [
  ['PERSON_HEALTH', 'Silke Haverkamp'],
]);
B('post', 'Meneer Oudshoorn uit Gouda kwam met pijn op de borst op de SEH binnen en kreeg binnen een uur een dotterbehandeling.', [
  ['PERSON_HEALTH', 'Oudshoorn'],
]);
B('post', 'Jorieke Veldkamp, 45, uit Deventer: "Na mijn burn-out dacht ik nooit meer te kunnen werken."', [['PERSON_HEALTH', 'Jorieke Veldkamp']]);
B('post', 'Marit Luiten uit Nijverdal is blij: haar zoontje Stijn is na de operatie aan zijn hartje weer helemaal de oude.', [['PERSON_HEALTH', 'Stijn']]);
B('post', 'Het zoontje van Ilona en Ramon, Jayden (6), heeft astma en oefent bij onze longverpleegkundige met zijn nieuwe puffer.', [
  ['PERSON_HEALTH', 'Jayden'],
]);
B('post', 'Opa Harm Wolters (88) uit Ommen is na zijn val thuis weer aan het revalideren in ons zorghotel.', [['PERSON_HEALTH', 'Harm Wolters']]);
B('post', 'Haar man Evert heeft alzheimer en woont sinds kort bij ons. Annie Kamphuis vertelt hoe dat voor haar voelt.', [['PERSON_HEALTH', 'Evert']]);
B('post', 'Bewoonster Truus Nijenhuis (94) had vorige week corona maar is alweer aan het breien in de huiskamer.', [['PERSON_HEALTH', 'Truus Nijenhuis']]);
B('post', 'Met toestemming van de familie: Henk Reinders uit Hoogeveen is na een lang ziekbed aan kanker overleden. Wij zijn hem dankbaar voor zijn verhaal.', [
  ['PERSON_HEALTH', 'Henk Reinders'],
]);
B('post', 'Floortje Bakhuizen (12) uit Ede heeft diabetes. Op school helpt haar juf met het prikken.', [['PERSON_HEALTH', 'Floortje Bakhuizen']]);
B('post', 'Na twee jaar wachten kreeg Wim Stokkel eindelijk zijn staaroperatie. "Ik zie de kleuren weer," zegt hij.', [['PERSON_HEALTH', 'Wim Stokkel']]);
B('post', 'Vanaf vandaag ligt mevrouw Rietberg op kamer 214 van de afdeling geriatrie; haar familie mag tussen 15 en 20 uur op bezoek.', [
  ['PERSON_HEALTH', 'Rietberg'],
]);
B('post', 'Yannick Roelofsen (23) uit Arnhem liep een zware hersenschudding op bij een voetbalwedstrijd en revalideert nu bij ons.', [
  ['PERSON_HEALTH', 'Yannick Roelofsen'],
]);
B('post', 'Mooi nieuws: Anneloes Vrieling is na haar derde IVF-poging zwanger! Zij vertelt over haar traject bij onze fertiliteitspoli.', [
  ['PERSON_HEALTH', 'Anneloes Vrieling'],
]);
B('post', 'Gijsbert Lanting (66), oud-huisarts uit Meppel, heeft zelf prostaatkanker en vertelt hoe het is om aan de andere kant te staan.', [
  ['PERSON_HEALTH', 'Gijsbert Lanting'],
]);
B('post', 'Vorige maand zat Noor Hesselink nog in een rolstoel na haar herseninfarct, nu wandelt ze met de fysiotherapeut door de tuin.', [
  ['PERSON_HEALTH', 'Noor Hesselink'],
]);
B('post', 'Dankbaar zijn we voor de brief van Cor en Riet Pronk: Cor lag vier weken op onze IC met een longembolie.', [['PERSON_HEALTH', 'Cor']]);

// =================== replies, block ===================
B('reply', '@hanneke_b wat vervelend dat je nog steeds op je uitslag wacht. De longarts belt je morgenochtend.', [['PATIENT_CONFIRMATION', 'je uitslag']]);
B('reply', 'Hoi Sjoerd, je recept ligt vanaf 14.00 uur klaar bij de poliklinische apotheek.', [['PATIENT_CONFIRMATION', 'je recept ligt']]);
B('reply', '@mvdlinden uw MRI is verplaatst naar dinsdag 12 maart om 9.15 uur.', [['PATIENT_CONFIRMATION', 'uw MRI']]);
B('reply', 'Dank je wel voor je lieve woorden, Gerdien! Fijn dat het na de bestralingen weer wat beter met je gaat.', [
  ['PATIENT_CONFIRMATION', 'bestralingen'],
]);
B('reply', 'Beste mevrouw Van Dalen, uw zoon Thijmen is gisteren met astma bij ons op de SEH geweest; de kinderarts neemt vandaag contact met u op.', [
  ['PATIENT_CONFIRMATION', 'uw zoon Thijmen'],
]);
B('reply', 'Hoi Marieke, wat fijn dat de nieuwe puffers bij je dochter Isa zo goed werken sinds haar bezoek aan onze SEH.', [
  ['PATIENT_CONFIRMATION', 'dochter Isa'],
]);
B('reply', 'Hallo Ruben, sorry dat het zo lang duurde op de gipskamer. Je pols is goed gezet en de gipsverband blijft zes weken zitten.', [
  ['PATIENT_CONFIRMATION', 'Je pols'],
]);
B('reply', 'Meneer Bosgra, hartelijk dank voor de sterren! Mooi dat die nieuwe heup u zo goed bevalt.', [['PATIENT_CONFIRMATION', 'nieuwe heup']]);
B('reply', 'Wat een mooie review, Anouk. Goed om te horen dat je behandeling bij de dermatoloog aanslaat!', [['PATIENT_CONFIRMATION', 'je behandeling']]);
B('reply', '@tjitske_h je bloeduitslagen zijn binnen, de internist bespreekt ze donderdag met je.', [['PATIENT_CONFIRMATION', 'je bloeduitslagen']]);
B('reply', 'Beste Wouter, excuses dat je scan niet doorging. We hebben een nieuwe afspraak voor je ingepland op vrijdag.', [
  ['PATIENT_CONFIRMATION', 'je scan'],
]);
B('reply', 'Hoi Lotte, uw vader is vanochtend overgebracht naar de afdeling cardiologie en ligt nu op kamer 12.', [['PATIENT_CONFIRMATION', 'uw vader']]);
B('reply', '@gerdavanes uw man mag morgen na zijn operatie naar huis, de verpleegkundige belt u over de ophaaltijd.', [['PATIENT_CONFIRMATION', 'uw man']]);
B('reply', 'Dag Fatma, je zwangerschapsecho is verzet naar woensdag 10.30 uur bij de verloskundige.', [['PATIENT_CONFIRMATION', 'je zwangerschapsecho']]);
B('reply', 'Hoi Karin, wat naar dat je moeder zo ziek is. Wij hopen dat de antibiotica snel aanslaan en dat ze gauw van de longafdeling af mag.', [
  ['PATIENT_CONFIRMATION', 'je moeder'],
]);
B('reply', 'Bedankt voor het compliment, Bas! We zijn blij dat je knie na de kijkoperatie weer soepel is.', [['PATIENT_CONFIRMATION', 'je knie']]);
B('reply', 'Dag meneer Tijink, de uitslag van uw biopt is binnen. Uw uroloog bespreekt die maandag met u.', [['PATIENT_CONFIRMATION', 'uitslag van uw biopt']]);
B('reply', '@femkevd je herhaalrecept voor de insuline is goedgekeurd en ligt morgen bij je eigen apotheek.', [['PATIENT_CONFIRMATION', 'je herhaalrecept']]);
B('reply', 'Hoi Jasper, sterkte met je vrouw. De gynaecoloog heeft ons laten weten dat de keizersnede goed is gegaan.', [
  ['PATIENT_CONFIRMATION', 'keizersnede'],
]);
B('reply', 'Beste mevrouw El Idrissi, we hebben in uw dossier gezien dat de controle bij de neuroloog is vervallen. Excuses daarvoor.', [
  ['PATIENT_CONFIRMATION', 'uw dossier'],
]);
B('reply', '@saskia_m fijn dat je zoontje Mats na zijn buisjes weer goed hoort! Dank voor je berichtje.', [['PATIENT_CONFIRMATION', 'zoontje Mats']]);
B('reply', 'Hoi Gert, je staat op de wachtlijst voor een knieoperatie en je bent nu de vierde. We bellen je zodra er plek is.', [
  ['PATIENT_CONFIRMATION', 'je staat op de wachtlijst'],
]);
B('reply', 'Dank je, Yvette! Wat mooi dat de chemo bij jou zo goed aanslaat en je haar alweer terugkomt.', [['PATIENT_CONFIRMATION', 'chemo']]);
B('reply', '@henkdekker1961 excuus voor de fout in de brief: de cardioloog verwacht u op 3 april, 11.00 uur.', [
  ['PATIENT_CONFIRMATION', 'de cardioloog verwacht u'],
]);
B('reply', 'Beste Janneke, de fysiotherapeut komt morgen bij je thuis om je oefeningen na de heupoperatie door te nemen.', [
  ['PATIENT_CONFIRMATION', 'heupoperatie'],
]);
B('reply', 'Hoi @pietjanssen, de röntgenfoto van je enkel laat geen breuk zien, zegt de SEH-arts. Goed nieuws dus!', [
  ['PATIENT_CONFIRMATION', 'röntgenfoto van je enkel'],
]);
B('reply', 'Wat lief dat u ons bedankt, mevrouw Scholte. De zorg voor uw moeder in haar laatste weken was ons een eer.', [
  ['PATIENT_CONFIRMATION', 'uw moeder'],
]);
B('reply', 'Hallo Demi, donderdag na 16.00 uur kun je je medicijnen voor de ADHD bij onze apotheekbalie ophalen.', [['PATIENT_CONFIRMATION', 'je medicijnen']]);

// =================== identifiers, block ===================
B('post', `Gevonden in de hal: een pasje van mevrouw Aaltink met BSN ${B1}. Kan ze het ophalen bij de receptie?`, [['BSN', B1]]);
B('reply', `Hoi Pieter, we hebben je burgerservicenummer ${B2} gevonden in ons systeem. Je aanmelding is verwerkt.`, [['BSN', B2]]);
B('post', `Vul op het formulier ook het BSN van uw kind in (bijvoorbeeld ${B3}).`, [['BSN', B3]]);
B('reply', 'Beste meneer Hulshof, uw patiëntnummer 4471203 staat op de brief; daarmee kunt u inloggen.', [['PATIENT_NUMBER', '4471203']]);
B('reply', '@annavk je dossiernummer is 20931184, noem dat als je belt met de poli.', [['PATIENT_NUMBER', '20931184']]);
B('post', 'Wie herkent deze tas? Er zat een ziekenhuispas in met ziekenhuisnummer 3318842 op naam van R. Bolhuis.', [['PATIENT_NUMBER', '3318842']]);
B('reply', 'Hoi Marloes, met cliëntnummer 100458 vinden we je zo terug in het systeem.', [['PATIENT_NUMBER', '100458']]);
B('reply', 'Dag mevrouw Ten Hove, we hebben uw vraag doorgezet naar de poli; noem bij het bellen uw EPD-nummer 8823104.', [['PATIENT_NUMBER', '8823104']]);
B('post', 'Gefeliciteerd Jannie Wolters, geboren op 14-02-1932 in Winterswijk, vandaag 93 jaar!', [['DATE_OF_BIRTH', '14-02-1932']]);
B('reply', 'Beste meneer Schutte, om uw gegevens te controleren: geboortedatum 3 juni 1957, klopt dat?', [['DATE_OF_BIRTH', '3 juni 1957']]);
B('post', 'Onze vrijwilliger Bertus (geb. 21-08-1949) haalde vandaag zijn zwemdiploma!', [['DATE_OF_BIRTH', '21-08-1949']]);
B('reply', 'Hoi Nadia, in ons systeem stond 07/11/1988 als geboortedatum, daardoor deed de app moeilijk.', [['DATE_OF_BIRTH', '07/11/1988']]);
B('post', 'Mevrouw Verbeek woont aan de Kerkstraat 17, 7141 AB Groenlo, en zoekt iemand die haar hond wil uitlaten tijdens haar opname.', [
  ['POSTCODE_ADDRESS', 'Kerkstraat 17, 7141 AB Groenlo'],
  ['PERSON_HEALTH', 'Verbeek'],
]);
B('reply', '@dirkjanw we sturen de hulpmiddelen naar Beukenlaan 4, 3862 KT Nijkerk, is dat nog uw adres?', [
  ['POSTCODE_ADDRESS', 'Beukenlaan 4, 3862 KT Nijkerk'],
]);
B('post', 'Gezocht: de eigenaar van de fiets die al weken voor Molenweg 23b staat. De heer Ribbink die daar woont vraagt zich af van wie hij is.', [
  ['POSTCODE_ADDRESS', 'Molenweg 23b'],
]);
B('reply', 'Hoi Ellen, het pakket voor je moeder gaat naar 2518 GH 112 in Den Haag.', [['POSTCODE_ADDRESS', '2518 GH 112']]);
B('post', `Voor de begrafenis van Klaas Mulderij vraagt de familie in plaats van bloemen een gift op ${I_PERSON} t.n.v. M. Mulderij.`, [['IBAN', I_PERSON]]);
B('reply', `Hoi Annemiek, we hebben het bedrag teruggestort op je rekening ${I_PERSON2}, dat kan een paar dagen duren.`, [['IBAN', I_PERSON2]]);
B('reply', 'Beste Hans, je kunt Ria van de wondpoli rechtstreeks bereiken op haar eigen nummer 06-41237788.', [['PHONE', '06-41237788']]);
B('post', 'Mevrouw Jonkers (06 2834 5511) zoekt een maatje om mee te wandelen na haar knieoperatie.', [
  ['PHONE', '06 2834 5511'],
  ['PERSON_HEALTH', 'Jonkers'],
]);
B('reply', '@lindavdb mail je verwijsbrief even naar mijn adres, p.devries1974@hotmail.com, dan regel ik het.', [['EMAIL', 'p.devries1974@hotmail.com']]);
B('post', 'Wie kent Gonnie Harmsen? Haar kleinzoon zoekt contact via gonnie.harmsen@kpnmail.nl.', [['EMAIL', 'gonnie.harmsen@kpnmail.nl']]);

// =================== hard negatives: public office, places named after people, eponyms ===================
O('post', 'Minister Van der Meer liep vanochtend mee op onze oncologie-afdeling en praatte met het verplegend personeel over werkdruk.');
O('post', 'Wethouder Ayşe Demir opende vanmiddag het nieuwe gezondheidscentrum in Lelystad-Zuid. Welkom!');
O('post', 'Staatssecretaris Karremans sprak op ons congres over de wachtlijsten in de ggz en de rol van de huisarts.');
O('post', 'Burgemeester Haverkort van Enschede kwam langs op de kinderafdeling en deelde cadeautjes uit.');
O('post', 'Gedeputeerde Wiersma van Fryslân bezocht onze dialyseafdeling in Leeuwarden en hoorde hoe wij de zorg dichtbij houden.');
O('post', 'De commissaris van de Koning, mevrouw Bolsius, nam het eerste exemplaar in ontvangst van ons boek over dementiezorg.');
O('post', 'Kamerlid Tielen diende vandaag een motie in over betere nazorg na kanker. Wij zijn blij met die aandacht.');
O('post', 'Het Wilhelmina Kinderziekenhuis en het Sophia Kinderziekenhuis delen hun kennis over zeldzame ziektes bij kinderen.');
O('post', 'Vanaf 1 mei verhuist de polikliniek reumatologie naar het Catharina Ziekenhuis in Eindhoven.');
O('post', 'Samen met het Antoni van Leeuwenhoek starten we een onderzoek naar nieuwe behandelingen voor melanoom.');
O('post', 'Het Prinses Máxima Centrum behandelt alle kinderen met kanker in Nederland. Wij werken er nauw mee samen.');
O('post', 'In het Ronald McDonald Huis kunnen ouders slapen terwijl hun kind bij ons op de neonatologie ligt.');
O('post', 'Vandaag is het Wereld Parkinson Dag. Onze neurologen geven op zaterdag een voorlichting over bewegen met parkinson.');
O('post', '21 september: Wereld Alzheimer Dag. In De Wiltsangh schenkt het Alzheimer Café koffie en geeft het uitleg.');
O('post', 'In mei staan Crohn en colitis ulcerosa centraal. Vragen over darmziektes? Onze website helpt verder.');
O('post', 'Ken jij de signalen van de ziekte van Lyme? Na een tekenbeet let je op een rode kring rond de beet.');
O('post', 'Het syndroom van Down is geen ziekte. Op 21 maart vieren we Wereld Downsyndroom Dag met sokken in twee kleuren.');
O('post', 'De Hodgkin-lymfoom werkgroep komt dinsdag bijeen in het Isala in Zwolle.');
O('post', 'In de Florence Nightingale-zaal is vrijdag de lunchlezing over wondzorg bij diabetes.');
O('post', 'Het Jeroen Bosch Ziekenhuis zoekt vrijwilligers voor de begeleiding van patiënten naar de poli.');
O('post', 'Koningin Máxima opende het nieuwe revalidatiecentrum en sprak met medewerkers over hun werk.');
O('post', 'De Prins Bernhard Cultuurfonds steunt ons project muziek op de afdeling geriatrie.');

// =================== hard negatives: the organisation's own data ===================
O('post', `Help ons Crohn-onderzoek vooruit! Giften zijn welkom op ${I_DONATE} (Stichting Vrienden Rivierziekenhuis).`, allow({ ibans: [I_DONATE] }));
O('post', `Kerstactie kinderafdeling: elke euro op ${I_DONATE} (Stichting Zonnehuisvrienden) wordt speelgoed.`);
O('post', 'Vragen over uw afspraak? Mail naar afspraken@ziekenhuisnoord.nl of bel ons op werkdagen.');
O('reply', '@jeroenk stuur je vraag over de factuur naar facturatie@zorggroep-oost.nl, dan kijken zij ernaar.');
O('post', 'Heeft u een klacht? De klachtenfunctionaris is bereikbaar via klachten@rivierziekenhuis.nl.');
O('post', 'Wil je vrijwilliger worden? Mail naar vrijwilligers@zorgcentrumdelinde.nl of kom langs bij de receptie.');
O('reply', 'Hoi Sandra, voor inzage in je dossier kun je mailen naar privacy@ziekenhuis-west.nl met een kopie van je legitimatie.');
O('post', 'Bel bij spoed buiten kantoortijden de huisartsenpost via 0900 1515. Bij levensgevaar altijd 112.');
O(
  'post',
  'De inloopavond over mantelzorg is in wijkcentrum De Schakel, Dorpsstraat 12, 3861 AD Nijkerk.',
  allow({ addresses: ['Dorpsstraat 12, 3861 AD Nijkerk'] }),
);
O(
  'post',
  'Onze nieuwe polikliniek in Houten: Hoofdstraat 88, 3991 BB Houten. Gratis parkeren voor de deur.',
  allow({ addresses: ['Hoofdstraat 88, 3991 BB Houten'] }),
);
O('post', 'Bel voor een afspraak met de diëtist naar 088 123 4567 (maandag tot en met vrijdag).', allow({ phones: ['088 123 4567'] }));
O('reply', '@harrievd het centrale nummer van de apotheek is 0570 612 345, zij kunnen je verder helpen met je vraag.', allow({ phones: ['0570 612 345'] }));

// =================== hard negatives: staff, volunteers, events ===================
O('post', 'Maak kennis met Ilse Verbruggen, onze nieuwe diabetesverpleegkundige. Zij begeleidt mensen met diabetes bij het zelf meten.');
O('post', 'Verpleegkundige Tjitske Hoekstra werkt al 25 jaar op de IC. Vandaag vertelt zij over de veranderingen in haar vak.');
O('post', "Proficiat aan Joke Terpstra, die al 40 jaar als verzorgende bij ons werkt! Bewoners en collega's zetten haar in het zonnetje.");
O('post', 'Dokter Wiebe Sikkema, longarts, geeft in dit filmpje tips tegen benauwdheid.');
O('post', 'Onze geriater Hanneke Visscher schreef een boek over vallen bij ouderen. Vanaf vandaag in de winkel.');
O('post', "Welkom aan onze nieuwe collega's op de kraamafdeling: Roos, Fenna en Lieke!");
O(
  'post',
  'Fysiotherapeut Bram Oosterhof geeft elke dinsdag de beweegles voor mensen met COPD in de sporthal.',
  allow({ staff: [{ name: 'Bram Oosterhof', role: 'fysiotherapeut' }] }),
);
O('post', 'Afdelingshoofd Marjolein Zwart neemt na 30 jaar afscheid van de verpleegafdeling chirurgie. Bedankt, Marjolein!');
O('post', 'Vrijwilliger Henk rijdt al tien jaar bewoners naar de dagbesteding. Dank je wel, Henk!');
O('post', 'Onze oncoloog dr. Eveline Bakker-Smit ontving de prijs voor beste onderwijs aan co-assistenten.');
O('post', 'Specialist ouderengeneeskunde Ahmed Ouali vertelt vanavond bij de Alzheimer-lezing over het delier.');
O('post', 'Op zaterdag 12 april organiseren we een informatieochtend over borstkanker voor iedereen die meer wil weten.');
O('post', 'Loop mee met de Ride for the Roses op 7 september en steun onderzoek naar kanker!');
O('post', 'Doe mee aan de beweegweek: 15 minuten wandelen per dag verlaagt het risico op diabetes.');
O('post', 'Kinderen met astma kunnen gewoon sporten. Onze longverpleegkundigen geven tips aan ouders.');
O('post', 'Mensen met dementie wonen steeds langer thuis. Hoe ondersteunen we hun mantelzorgers?');
O('post', 'Een patiënt vertelde ons vorige week hoe fijn ze de nazorg na haar operatie vond. Dat doet ons goed!');
O('post', 'Deze week zijn we gestart met het nieuwe spreekuur voor mensen met long covid op de poli longziekten.');
O('post', 'Bas van de technische dienst heeft de tuin van de afdeling psychiatrie helemaal opgeknapt. Wat mooi geworden!');
O('post', 'Zanger Marco Borsato trad op in de aula voor bewoners en hun familie. Wat een middag!');
O('post', 'Schrijver Arnon Grunberg las voor op de kinderafdeling uit zijn nieuwe boek.');
O('post', 'Onze collega Fleur liep de marathon van Rotterdam voor het KWF en haalde 4.000 euro op voor onderzoek naar kanker.');
O('post', 'Vanaf 1 juni is Jan-Willem Koops onze nieuwe bestuurder. Hij was eerder directeur van een revalidatiecentrum.');
O('post', 'De heer Pieters van de cliëntenraad sprak bij de opening van het nieuwe hospice over het belang van goede palliatieve zorg.');
O('post', 'Trots op ons team van de SEH: in 2024 hielpen zij ruim 30.000 patiënten, dag en nacht.');
O('post', 'Op 1 oktober 2025 bestaat ons verpleeghuis 50 jaar. Vier het met ons op de open dag!');
O('post', 'Gezocht: gastvrouwen en gastheren voor de hoofdingang van het ziekenhuis, twee ochtenden per week.');

// =================== hard negatives: general webcare replies ===================
O('reply', '@joostvk balen! Stuur ons even een DM met je naam en telefoonnummer, dan pakken we het op.');
O('reply', 'Hoi Femke, bedankt voor je vraag! Een herhaalrecept kun je aanvragen via de app of bij je huisarts.');
O('reply', 'Beste meneer Dijkman, excuus voor de lange wachtrij aan de telefoon. Mag het verder per privébericht?');
O('reply', '@annekevh uitslagen zie je meestal binnen vijf werkdagen in het patiëntenportaal. Heb je vragen, bel dan de poli.');
O('reply', 'Hoi Rick, leuk dat de parkeergarage in de smaak valt! Het compliment gaat naar de facilitaire dienst.');
O('reply', 'Dag mevrouw Kok, bedankt voor uw mooie woorden over onze vrijwilligers. Dat doet hen goed!');
O('reply', '@petravdm als je een afspraak wilt verzetten, kan dat tot 24 uur van tevoren via mijnziekenhuis.nl.');
O('reply', 'Hoi Yasmina, de bezoektijden op de verpleegafdelingen zijn van 15.00 tot 20.00 uur. Tot ziens!');
O('reply', 'Beste Ton, bedankt voor uw suggestie over de bewegwijzering naar de poli. We nemen het mee.');
O('reply', '@sophie_dj leuk dat je mee wilt lopen met de sponsorloop voor de kinderafdeling! Aanmelden kan via onze site.');
O('reply', 'Hoi Jeroen, we kunnen hier niet ingaan op persoonlijke situaties. Bel gerust met de afdeling patiëntenservice.');
O('reply', 'Dank je wel voor je reactie, Marjan. Onze diëtisten geven op woensdag een gratis workshop over gezond koken bij diabetes.');
O('reply', '@wimvdberg onze huisartsenpost is vanaf 1 januari verhuisd naar de hoofdingang van het ziekenhuis.');
O('reply', 'Hoi Lieke, bedankt voor het delen! Iedereen die vragen heeft over de griepprik kan terecht bij de huisarts.');
O('reply', 'Beste mevrouw Sanders, wij herkennen uw zorg over de parkeerkosten. Onze afdeling communicatie neemt contact met u op.');
O('reply', '@kees_hoorn dankjewel voor je vraag. Informatie over de borstkankerscreening vind je op de site van het RIVM.');
O('reply', 'Hoi Nina, goed idee! We zetten de tips voor mantelzorgers van mensen met dementie binnenkort op onze site.');
O('reply', 'Dag meneer Brinkman, bij vragen over uw rekening kunt u bellen met de afdeling financiën.');
O('reply', 'Hoi Sem, wat leuk dat je stage wilt lopen bij ons op de IC! Solliciteren kan via werkenbij.');
O('reply', '@marloes_t voor een second opinion heb je een verwijzing van je huisarts nodig. Meer weten? Kijk op onze site.');

// =================== second batch (written after the first round of changes; measured before tuning on it) ===================
B('reply', 'Hoi Sanne, vervelend dat je gisteren zo lang op de SEH hebt gezeten met je dochter. We hebben je feedback doorgegeven.', [
  ['PATIENT_CONFIRMATION', 'SEH'],
]);
B('reply', '@bertvanes goed dat u even laat weten dat de wond na de operatie weer dicht is. De chirurg is blij met het resultaat!', [
  ['PATIENT_CONFIRMATION', 'de wond na de operatie'],
]);
B('reply', 'Dag mevrouw Kuiper, de trombosedienst komt dinsdag bij u thuis prikken in plaats van maandag.', [['PATIENT_CONFIRMATION', 'trombosedienst']]);
B('reply', 'Hoi Thomas, de kweek die we bij je hebben afgenomen is negatief. Je hoeft dus geen antibiotica te slikken.', [['PATIENT_CONFIRMATION', 'kweek']]);
B('reply', 'Beste meneer Alberts, we zien u graag terug op de hartfalenpoli over drie maanden voor de volgende controle.', [
  ['PATIENT_CONFIRMATION', 'hartfalenpoli'],
]);
B('reply', '@ingridpost de wijkverpleging komt vanaf morgen twee keer per dag bij je moeder voor de insuline.', [['PATIENT_CONFIRMATION', 'je moeder']]);
B('reply', 'Mooi bericht, Hennie! Goed dat uw heup sinds de injectie zoveel minder pijn doet.', [['PATIENT_CONFIRMATION', 'injectie']]);
B('reply', 'Hoi Ricardo, je staat ingepland voor de maagscopie op 18 november om 8.00 uur. Niet eten vanaf middernacht!', [
  ['PATIENT_CONFIRMATION', 'maagscopie'],
]);
B('reply', 'Beste Esther, de patholoog heeft het weefsel onderzocht en er zijn geen kwaadaardige cellen gevonden.', [['PATIENT_CONFIRMATION', 'weefsel']]);
B('reply', '@jolandavw dank voor je bericht. De verpleegkundigen van 4 Noord vonden het ook fijn om voor je vader te zorgen.', [
  ['PATIENT_CONFIRMATION', 'je vader'],
]);
B('reply', 'Hoi Michel, je gipscontrole is verplaatst naar vrijdag. Tot dan op de gipskamer!', [['PATIENT_CONFIRMATION', 'je gipscontrole']]);
B('reply', 'Beste mevrouw Brink, de uitslag van het uitstrijkje is goed. U hoeft pas over vijf jaar terug.', [['PATIENT_CONFIRMATION', 'uitstrijkje']]);
B('reply', 'Hallo Kevin, je opa ligt op afdeling B3, kamer 7. Bezoek is welkom tussen 14 en 20 uur.', [['PATIENT_CONFIRMATION', 'je opa ligt']]);
B('reply', '@mariekeb sorry dat de pijnstilling na je bevalling zo lang op zich liet wachten. We bespreken dit met het team.', [
  ['PATIENT_CONFIRMATION', 'je bevalling'],
]);
B('reply', 'Hoi Dewi, gefeliciteerd met jullie zoon! Fijn dat jij en de baby morgen van de kraamafdeling naar huis mogen.', [
  ['PATIENT_CONFIRMATION', 'kraamafdeling'],
]);
B('reply', 'Dank voor de bloemen, familie Hofstede. Het was bijzonder om uw vader in zijn laatste dagen te mogen verzorgen.', [
  ['PATIENT_CONFIRMATION', 'uw vader'],
]);
B('reply', 'Hoi Arjen, we hebben met de orthopeed overlegd: de operatie aan je schouder gaat gewoon door op 2 december.', [
  ['PATIENT_CONFIRMATION', 'je schouder'],
]);
B('reply', 'Beste Gonny, de diëtist neemt deze week contact met u op over uw nieuwe dieet na de maagverkleining.', [
  ['PATIENT_CONFIRMATION', 'maagverkleining'],
]);
B('reply', '@roelofk je nieuwe insulinepen kun je morgen na 10 uur afhalen bij onze apotheek, hij ligt op naam klaar.', [
  ['PATIENT_CONFIRMATION', 'insulinepen'],
]);
B('reply', 'Hoi Lisa, de psycholoog die je begeleidt is ziek, daarom is je gesprek van donderdag afgezegd. Excuses!', [['PATIENT_CONFIRMATION', 'je gesprek']]);
B('reply', 'Dag meneer Prins, uw vrouw is goed aangekomen op de revalidatieafdeling en heeft al even met de fysio geoefend.', [
  ['PATIENT_CONFIRMATION', 'uw vrouw'],
]);
B('reply', 'Bedankt voor je review, Naima! Mooi dat je na de behandeling van je rug weer kunt sporten.', [['PATIENT_CONFIRMATION', 'behandeling van je rug']]);
B('reply', 'Beste Frits, het spijt ons dat uw dotterbehandeling twee keer is uitgesteld. De cardioloog belt u vandaag.', [
  ['PATIENT_CONFIRMATION', 'uw dotterbehandeling'],
]);
B('reply', '@tamarakool je kleintje mag vandaag uit de couveuse, wat een goed nieuws! De hele afdeling leeft met jullie mee.', [
  ['PATIENT_CONFIRMATION', 'couveuse'],
]);
B('reply', 'Hoi Peter, de ambulance heeft je moeder naar het ziekenhuis in Zwolle gebracht; daar wordt ze verder behandeld.', [
  ['PATIENT_CONFIRMATION', 'je moeder'],
]);
B('post', 'Vandaag nam Hendrika Oostindiër (87) afscheid van onze afdeling geriatrie. Na haar heupfractuur herstelde ze wonderbaarlijk snel.', [
  ['PERSON_HEALTH', 'Hendrika Oostindiër'],
]);
B('post', 'Lieve Jantina Kremer, wat hebben we genoten van je humor tijdens je chemokuren. Veel geluk thuis in Stadskanaal!', [
  ['PERSON_HEALTH', 'Jantina Kremer'],
]);
B('post', 'Onze held van de week: Mustafa Yıldız (8) uit Almelo, die met een gebroken arm zelf naar de gipskamer liep.', [['PERSON_HEALTH', 'Mustafa Yıldız']]);
B('post', 'Trees van Wijngaarden-Hol woont in Lochem en heeft sinds vijf jaar parkinson. Zij schreef een gedicht voor ons team.', [
  ['PERSON_HEALTH', 'Trees van Wijngaarden-Hol'],
]);
B('post', 'Met de familie van Sietse Boonstra, die vorige week op onze IC overleed na een hartstilstand, houden we een stille tocht.', [
  ['PERSON_HEALTH', 'Sietse Boonstra'],
]);
B('post', 'Ferdi Nijboer is 19, komt uit Coevorden en heeft een verstandelijke beperking. Bij ons leert hij koken.', [['PERSON_HEALTH', 'Ferdi Nijboer']]);
B('post', 'Na een lange strijd tegen leukemie speelt Jesse Wiggers uit Borne weer voetbal bij zijn oude club.', [['PERSON_HEALTH', 'Jesse Wiggers']]);
B('post', 'Cliënt Ans Lubbers kreeg vandaag haar eerste dialyse thuis. Een mijlpaal!', [['PERSON_HEALTH', 'Ans Lubbers']]);
B('post', 'R. Schipperen uit Almere heeft na zijn longtransplantatie de Alpe d’Huez beklommen. Wat een prestatie!', [['PERSON_HEALTH', 'R. Schipperen']]);
B('post', 'Baby Fenne werd vorige week geboren met een hartafwijking. Haar ouders Karlijn en Teun danken het team van de NICU.', [['PERSON_HEALTH', 'Fenne']]);
B('post', 'Dinsdag werd meneer Gerritsma 90. Hij woont sinds zijn beroerte op de Lindehof en kreeg bezoek van de burgemeester.', [
  ['PERSON_HEALTH', 'Gerritsma'],
]);
B('post', 'Hanna uit Veendam is 15 en heeft diabetes type 1. Op TikTok laat ze zien hoe ze met haar sensor omgaat.', [['PERSON_HEALTH', 'Hanna']]);
B('post', `Wie kent Jaap Wolthuis (geb. 4 mei 1950)? Hij is na zijn opname vermist en heeft medicijnen nodig.`, [
  ['DATE_OF_BIRTH', '4 mei 1950'],
  ['PERSON_HEALTH', 'Jaap Wolthuis'],
]);
B('reply', `@annadekker voor de declaratie hebben we nog het BSN van je zoon nodig: ${bsn('31415926')}, klopt dat?`, [['BSN', bsn('31415926')]]);
B('reply', 'Hoi meneer Koster, uw cliëntnummer bij de thuiszorg is 7720015; daarmee kunt u inloggen in het portaal.', [['PATIENT_NUMBER', '7720015']]);
O('reply', 'Hoi Sanne, wat vervelend dat het zo druk was. Op drukke dagen kan de wachttijd op de SEH oplopen; we werken eraan.');
O('reply', '@bertvanes dank voor je vraag! Na een operatie krijg je altijd een folder mee over wondzorg thuis.');
O('reply', 'Dag mevrouw Kuiper, de trombosedienst is op werkdagen bereikbaar van 8.00 tot 17.00 uur.');
O('reply', 'Hoi Thomas, een kweek duurt meestal twee tot drie dagen. Je huisarts krijgt de uitslag.');
O('reply', 'Beste meneer Alberts, bedankt voor uw compliment over de koffie in de wachtkamer van de hartfalenpoli!');
O('reply', '@ingridpost wijkverpleging kun je aanvragen via je huisarts of rechtstreeks bij ons zorgloket.');
O('reply', 'Hoi Ricardo, dank je voor je tip over de bewegwijzering naar de endoscopie. We passen de borden aan.');
O('reply', 'Beste Esther, wat goed dat je meeloopt met de Samenloop voor Hoop! Succes met je training.');
O('reply', 'Hallo Kevin, bezoek is op alle afdelingen welkom tussen 14 en 20 uur. Kinderen onder de 12 onder begeleiding.');
O('reply', '@mariekeb bedankt voor je mooie foto van de nieuwe kraamsuites. Wat zijn ze mooi geworden!');
O('reply', 'Dank voor je bericht, Arjen. Heb je vragen over een operatie? Bel dan het planningsbureau op werkdagen.');
O('reply', 'Hoi Lisa, de psychologen van onze ggz-poli geven in oktober een gratis webinar over slaapproblemen.');
O('reply', 'Dag meneer Prins, wat leuk dat u onze vacature voor fysiotherapeut heeft gedeeld!');
O('reply', '@tamarakool wat een mooie tekening heeft je dochter gemaakt voor de verpleegkundigen! Hij hangt in de teampost.');
O('reply', 'Hoi Peter, een ambulance bel je alleen bij spoed via 112. Voor andere vragen kun je de huisartsenpost bellen.');
O('post', 'Minister Bruins van Medische Zorg opende vandaag de nieuwe spoedeisende hulp in Emmen.');
O('post', 'De Hendrik Pierson-prijs voor verpleegkunde gaat dit jaar naar het team van de longafdeling. Gefeliciteerd!');
O('post', 'Op de foto: wethouder Van Dijk en bestuurder Gerda Koning bij de opening van het hospice De Vlinder.');
O('post', 'Steun de Hartstichting tijdens de collecteweek! Elke gift helpt onderzoek naar hart- en vaatziekten.');
O('post', 'Het Parkinson Café Deventer komt elke derde dinsdag samen in de Lebuïnuskerk.');
O('post', 'Tijdens het Alzheimer Nederland-symposium sprak hoogleraar Philip Scheltens over nieuwe medicijnen.');
O('post', 'Onze verpleegkundig specialist Marieke Bosman geeft op 12 maart een lezing over leven met hartfalen.');
O('post', 'Kraamverzorgende Ingrid de Wit won de prijs voor de beste kraamzorg van de regio.');
O('post', 'De kinderen van groep 7 van De Regenboog in Hattem maakten tekeningen voor bewoners met dementie.');
O('post', 'Net 55 geworden? Verwacht dan post voor de darmkankerscreening. Meedoen kost niets.');

// =================== third batch (written after the first held-out run; measured before tuning on it) ===================
B('reply', 'hoi @sarahvdh, de uitslagen van je bloedonderzoek zijn er! je huisarts belt je er morgen over', [
  ['PATIENT_CONFIRMATION', 'uitslagen van je bloedonderzoek'],
]);
B('reply', 'Ha Marco, balen dat je zo lang moest wachten op de spoedpost vannacht met je knie. Beterschap!', [['PATIENT_CONFIRMATION', 'spoedpost']]);
B('reply', '@lindaschouten fijn dat je zoon Milan minder benauwd is sinds hij bij ons op de SEH was met zijn astma 💙', [
  ['PATIENT_CONFIRMATION', 'zoon Milan'],
]);
B('reply', 'Dank je wel voor je mooie woorden over de afdeling, Ellen! Goed om te horen dat je man weer thuis is na zijn hartoperatie.', [
  ['PATIENT_CONFIRMATION', 'je man'],
]);
B('reply', 'Hi Joyce, we hebben je verwijzing ontvangen en je krijgt binnen twee weken een oproep voor de MRI. ^AK', [
  ['PATIENT_CONFIRMATION', 'je verwijzing'],
]);
B('reply', '@dennisb je herhaalrecept staat klaar hoor 👍 ophalen kan bij de apotheek in de hal', [['PATIENT_CONFIRMATION', 'je herhaalrecept']]);
B('reply', 'Hoi Marieke, jouw afspraak voor de mammografie van vrijdag gaat helaas niet door, we bellen je voor een nieuwe datum.', [
  ['PATIENT_CONFIRMATION', 'jouw afspraak voor de mammografie'],
]);
B('reply', 'Dank voor uw review, mevrouw Hendriks. Wat fijn dat de staaroperatie zo goed is gelukt en dat u weer scherp ziet.', [
  ['PATIENT_CONFIRMATION', 'staaroperatie'],
]);
B('reply', 'Bedankt Joost! Super dat de revalidatie na je kruisband zo goed gaat. Zet hem op!', [['PATIENT_CONFIRMATION', 'revalidatie']]);
B('reply', '@oma_truus dank u wel voor het kaartje! Wij vonden het ook fijn dat u na uw val zo snel weer op de been was.', [
  ['PATIENT_CONFIRMATION', 'uw val'],
]);
B('reply', 'Hoi Nicole, je dochter Sophie kan maandag om 9 uur terecht bij de kinderarts voor haar eczeem.', [['PATIENT_CONFIRMATION', 'dochter Sophie']]);
B('reply', 'Goedemorgen @bramvdlinde, de scan van je knie is bekeken door de orthopeed en er is geen scheur te zien.', [
  ['PATIENT_CONFIRMATION', 'de scan van je knie'],
]);
B('reply', 'Beste meneer Vos, uw vrouw is vanmiddag geopereerd en ligt nu op de uitslaapkamer. De chirurg belt u zo.', [
  ['PATIENT_CONFIRMATION', 'uw vrouw is vanmiddag geopereerd'],
]);
B('reply', 'Hoi Kim, de kraamzorg komt vanaf maandag bij jullie langs. Gefeliciteerd met jullie dochter!', [['PATIENT_CONFIRMATION', 'kraamzorg']]);
B('reply', '@jan_pieters wat goed dat de nieuwe pillen tegen je hoge bloeddruk werken! Blijf ze wel innemen hoor.', [
  ['PATIENT_CONFIRMATION', 'nieuwe pillen'],
]);
B('reply', 'Hoi Bianca, sorry dat de verpleegkundige gisteren niet kwam voor je wondverzorging. Vandaag om 14 uur komt ze wel.', [
  ['PATIENT_CONFIRMATION', 'je wondverzorging'],
]);
B('reply', 'Dag Freek, je bent donderdag welkom op de poli longziekten voor de uitslag van de longfunctietest.', [['PATIENT_CONFIRMATION', 'longfunctietest']]);
B('reply', 'Beste Wim, de uroloog heeft uw PSA-waarde bekeken en wil u graag nog een keer zien.', [['PATIENT_CONFIRMATION', 'PSA-waarde']]);
B('reply', 'Hee Sven! Je gips mag er over twee weken af, zegt de gipsmeester. Hou vol!', [['PATIENT_CONFIRMATION', 'Je gips']]);
B('reply', 'Bedankt voor het delen, Annelies. Mooi dat je na de behandeling voor je depressie weer aan het werk bent.', [
  ['PATIENT_CONFIRMATION', 'depressie'],
]);
B('post', 'De 58-jarige Anja Postma uit Hoorn kreeg twee jaar geleden de diagnose eierstokkanker. Nu fietst ze de Tour for Life.', [
  ['PERSON_HEALTH', 'Anja Postma'],
]);
B('post', 'Anouk (31) uit Purmerend is zwanger van een tweeling en ligt al weken op de afdeling verloskunde.', [['PERSON_HEALTH', 'Anouk']]);
B('post', 'Zijn vrouw Gerda heeft longkanker, maar Klaas Veenhoven (67) fietst elke dag naar het Martini om bij haar te zijn.', [['PERSON_HEALTH', 'Gerda']]);
B('post', 'Het verhaal van Dirk-Jan Sloot uit Hardenberg: na een hartstilstand op het voetbalveld werd hij gereanimeerd door zijn teamgenoten.', [
  ['PERSON_HEALTH', 'Dirk-Jan Sloot'],
]);
B('post', 'Onze cliënt mevrouw Eshuis-ter Horst (79) uit Rijssen krijgt thuis palliatieve zorg en wil graag nog één keer naar zee.', [
  ['PERSON_HEALTH', 'Eshuis-ter Horst'],
]);
B(
  'post',
  'Inge en dochter Lieve (7) wonen in Wijchen. Voor haar spierziekte, die maar bij weinig kinderen voorkomt, traint Lieve maandelijks in ons kinderrevalidatiecentrum.',
  [['PERSON_HEALTH', 'Lieve']],
);
B('post', 'Vandaag in de krant: Teun Gerritsen (45), die na zijn amputatie weer als timmerman aan de slag is in Doetinchem.', [
  ['PERSON_HEALTH', 'Teun Gerritsen'],
]);
B('post', 'Felicitaties aan Rinske Bouma uit Harlingen, die na haar hersentumor haar master afrondde!', [['PERSON_HEALTH', 'Rinske Bouma']]);
B('post', 'Meneer en mevrouw Smit uit Urk zijn 60 jaar getrouwd. Meneer Smit ligt na een longontsteking nog bij ons, dus het feest was op de afdeling.', [
  ['PERSON_HEALTH', 'Meneer Smit'],
]);
B('post', 'Wist je dat Joris Lammers, onze collega van de ICT, zelf met een donorhart leeft? Hij vertelt er vandaag over.', [
  ['PERSON_HEALTH', 'Joris Lammers'],
]);
O('reply', 'hoi @sarahvdh, uitslagen van bloedonderzoek zie je meestal na een paar dagen in de app. groetjes ^AK');
O('reply', 'Ha Marco, de spoedpost is vannacht inderdaad druk geweest. Bedankt voor je begrip!');
O('reply', '@lindaschouten dank je voor het retweeten van de astmacampagne 💙');
O('reply', 'Dank je wel voor je mooie woorden over de afdeling, Ellen! We geven ze door aan het team.');
O('reply', 'Hi Joyce, een verwijzing kun je door je huisarts laten sturen; daarna plannen wij de afspraak in. ^AK');
O('reply', '@dennisb de apotheek in de hal is op zaterdag open van 10 tot 14 uur 👍');
O('reply', 'Dank voor uw reactie, mevrouw Hendriks. Wij geven uw tip over de parkeerplaatsen door.');
O('reply', 'Bedankt Joost! Leuk dat je meedoet met de sponsorloop voor de revalidatieafdeling. Zet hem op!');
O('reply', 'Goedemorgen @bramvdlinde, heb je vragen over een MRI-scan? Op onze site staat een filmpje over hoe het gaat.');
O('reply', 'Hoi Kim, kraamzorg regel je via je zorgverzekeraar, het liefst voor de 16e week van de zwangerschap.');
O('post', 'Minister Agema bezocht vandaag de afdeling geriatrie van het Tjongerschans en sprak met zorgmedewerkers over personeelstekorten.');
O('post', 'Het Máxima MC en het Catharina Ziekenhuis openen samen een nieuw centrum voor hartpatiënten in Eindhoven.');
O('post', 'Elf april staat in het teken van Parkinson: onze fysio’s wandelen dan mee tijdens de Parkinson Wandeling door Nijmegen.');
O('post', 'Onze nieuwe collega Sanne Molenaar is verpleegkundige op de IC. Welkom, Sanne!');
O('post', 'Dr. Erik Wolters, neuroloog, legt in onze podcast uit wat een TIA is en wanneer je 112 belt.');
O('post', 'Vacature: verpleegkundige oncologie voor 28-32 uur. Stuur je cv naar werkenbij@ziekenhuisamstelland.nl.');
O('post', 'Wethouder Zorg Lotte Brinkman opende de nieuwe huisartsenpraktijk in de wijk Kattenbroek.');
O('post', 'Vanaf maandag ligt het nieuwe magazine in de wachtkamers. Met een interview met onze kinderarts Youssef el Amrani.');

// =================== fourth batch (written after the third round of changes; measured before tuning on it) ===================
B('reply', 'Beste mevrouw Yilmaz, we lezen dat Emre, uw zoon, minder astma-aanvallen heeft nadat hij op de spoedeisende hulp was. Fijn!', [
  ['PATIENT_CONFIRMATION', 'Emre, uw zoon'],
]);
B('reply', 'Hallo Anton, we begrijpen dat u ongerust bent. De MRI-beelden zijn nog niet beoordeeld; dokter Haring belt u vrijdag.', [
  ['PATIENT_CONFIRMATION', 'MRI-beelden'],
]);
B('reply', 'Hoi Nina, de uitslag van je scan laat wat langer op zich wachten. Je behandelend arts, dokter Sahin, neemt woensdag contact op.', [
  ['PATIENT_CONFIRMATION', 'de uitslag van je scan'],
]);
B('reply', '@carolien_s je recept voor de antibiotica ligt klaar bij de apotheek op de begane grond.', [['PATIENT_CONFIRMATION', 'je recept']]);
B('reply', '@frankvanleeuwen uw medicatie is klaargezet, u kunt het pakketje vandaag tot 17.00 uur ophalen.', [['PATIENT_CONFIRMATION', 'uw medicatie']]);
B('reply', 'Wat een lieve recensie, Josje! Heel fijn om te horen dat je IVF-behandeling zo goed verloopt.', [['PATIENT_CONFIRMATION', 'IVF-behandeling']]);
B('reply', 'Dank je voor je review, Bart. Goed nieuws dat de fysio na je knieblessure zo aanslaat!', [['PATIENT_CONFIRMATION', 'knieblessure']]);
B('reply', 'Hoi Esra, wat naar dat je dochtertje Elif weer met koorts op de kinderafdeling ligt. Sterkte jullie!', [
  ['PATIENT_CONFIRMATION', 'dochtertje Elif'],
]);
B('reply', 'Beste heer Zwiers, de uitslagen van uw hartfilmpje zijn goed. De cardioloog hoeft u niet meer te zien.', [['PATIENT_CONFIRMATION', 'hartfilmpje']]);
B('reply', '@monique1975 de prik voor je moeder staat gepland op dinsdagochtend, de wijkverpleegkundige komt dan langs.', [
  ['PATIENT_CONFIRMATION', 'je moeder'],
]);
B('reply', 'Hi Roel, helaas moeten we je operatie van maandag uitstellen omdat de chirurg ziek is. Onze excuses.', [['PATIENT_CONFIRMATION', 'je operatie']]);
B('reply', 'Dag @harmienb, goed dat u weer zonder zuurstof kunt. De longverpleegkundige was erg blij met uw vooruitgang.', [
  ['PATIENT_CONFIRMATION', 'zuurstof'],
]);
B('reply', 'Hoi Marit, de psychiater heeft je medicatie aangepast, je nieuwe recept staat morgen klaar.', [['PATIENT_CONFIRMATION', 'je medicatie']]);
B('reply', 'Dank voor uw bericht, mevrouw Lamberts. De oogarts wil u na de laserbehandeling nog één keer controleren.', [
  ['PATIENT_CONFIRMATION', 'laserbehandeling'],
]);
B('post', 'Een dikke duim voor Melanie de Graaf (38) uit Leeuwarden, die na haar baarmoederhalskanker de halve marathon liep!', [
  ['PERSON_HEALTH', 'Melanie de Graaf'],
]);
B('post', 'Op 42-jarige leeftijd kreeg Hamid Bakkali uit Schiedam te horen dat hij alvleesklierkanker had. Hij vertelt zijn verhaal in onze podcast.', [
  ['PERSON_HEALTH', 'Hamid Bakkali'],
]);
B('post', 'Dankzij de snelle hulp van onze SEH kon Cees Brandsma (69) uit Franeker zijn herseninfarct navertellen.', [['PERSON_HEALTH', 'Cees Brandsma']]);
B('post', 'Mevr. Van Leeuwen-Prins uit Katwijk viert haar 100e verjaardag in ons verpleeghuis, waar ze sinds haar heupbreuk woont.', [
  ['PERSON_HEALTH', 'Van Leeuwen-Prins'],
]);
B('post', 'Lotte Ruijgrok is 27, woont in Alkmaar en leeft al tien jaar met de ziekte van Crohn. Zij vertelt hoe de MDL-verpleegkundige haar helpt.', [
  ['PERSON_HEALTH', 'Lotte Ruijgrok'],
]);
B('post', 'Zijn dochter Fleur (11) heeft leukemie. Vader Joost Hartog uit Vught fietst daarom de Alpe d’HuZes.', [['PERSON_HEALTH', 'Fleur']]);
B('post', 'Wij feliciteren bewoner Ko Scheepstra met zijn 95e verjaardag! Ondanks zijn parkinson deed hij mee met de dansles.', [
  ['PERSON_HEALTH', 'Ko Scheepstra'],
]);
B('post', 'Na drie maanden op de IC met corona is Ahmet Doğan (52) uit Zaandam eindelijk thuis bij zijn gezin.', [['PERSON_HEALTH', 'Ahmet Doğan']]);
O('reply', 'Beste mevrouw Yilmaz, dank voor uw vraag. Op onze site staat een folder over astma bij kinderen.');
O('reply', 'Hallo Anton, we begrijpen dat u ongerust bent. Wilt u ons even bellen? Dan kijken we samen wat er kan.');
O('reply', '@carolien_s de apotheek op de begane grond is in het weekend dicht, voor spoed kun je naar de dienstapotheek.');
O('reply', 'Wat een lieve recensie, Josje! We hebben hem doorgestuurd naar de hele afdeling.');
O('reply', 'Hoi Esra, op de kinderafdeling mogen ouders altijd blijven slapen. Vraag het de verpleging.');
O('reply', '@monique1975 een griepprik voor je moeder kan ook via de huisarts. Zij krijgt vanzelf een uitnodiging.');
O('reply', 'Hi Roel, de planning van operaties verloopt via het opnamebureau, zij zijn bereikbaar van 8 tot 16 uur.');
O('post', 'Sinterklaas bracht vandaag een bezoek aan de kinderafdeling en had voor elk kind een cadeautje.');
O('post', 'De Dr. Jan van Breemen-stichting ondersteunt ons onderzoek naar reuma bij jongeren.');
O('post', 'Eerste Kamerlid Kamminga en gedeputeerde Van Haaster spraken met ons over de toekomst van de spoedzorg in Drenthe.');
O('post', 'Onze diabetesverpleegkundige Carla Mulder is genomineerd voor Verpleegkundige van het Jaar. Stem je mee?');
O('post', 'Op 1 maart start de nieuwe groep Leven met kanker. Aanmelden kan via de poli oncologie.');
O('post', 'De oncologieverpleegkundigen van het Isala liepen samen de Dam tot Damloop voor KWF.');

// =================== fifth batch (probes written after the second held-out run; the blocks were missed before tuning) ===================
B('post', 'Maak kennis met Ineke Brouwer uit Zwolle. Ze is 64 en oma van zes kleinkinderen. Vorig jaar kreeg ze de diagnose borstkanker.', [
  ['PERSON_HEALTH', 'Ineke Brouwer'],
]);
B('post', 'Dit is Wendelien. Zij werkt als juf in Hengelo. In maart hoorde zij dat ze MS heeft.', [['PERSON_HEALTH', 'Wendelien']]);
B('reply', 'Gefeliciteerd met jullie zoon! Fijn dat de bevalling zo voorspoedig verliep.', [['PATIENT_CONFIRMATION', 'bevalling']]);
B('reply', 'Wat fijn dat alles goed is gegaan bij de operatie, en dank voor je lieve kaart!', [['PATIENT_CONFIRMATION', 'operatie']]);
B('post', 'Vorige maand werd Teuntje geboren met een open ruggetje. Haar ouders zijn ons dankbaar.', [['PERSON_HEALTH', 'Teuntje']]);
B('reply', 'Dag mevrouw Öztürk, het recept voor uw dochter is doorgestuurd naar uw eigen apotheek.', [['PATIENT_CONFIRMATION', 'recept voor uw dochter']]);
O('reply', 'Fijn dat je meeloopt met de Samenloop voor Hoop tegen kanker!');
O('reply', 'Goed dat je aandacht vraagt voor depressie bij jongeren.');
O('reply', 'Jammer dat de informatieavond over dementie vol zat. We plannen een nieuwe.');
O('reply', 'Mooi dat jullie de collecte voor de Hartstichting steunen.');
O('reply', 'Sorry dat de parkeergarage bij de SEH dicht was.');
O('reply', 'Blij dat de nieuwe MRI-scanner er eindelijk staat!');
O('reply', 'Dus de diabetesfolder is helder? Top, dank voor je reactie.');
O('reply', 'Leuk dat je de podcast over long covid hebt geluisterd.');

// =================== sixth batch (probes; the first four blocks were missed before tuning, the rest passed) ===================
B('post', 'Onze collega Marieke ligt sinds vrijdag in het ziekenhuis met een longembolie. Beterschap!', [['PERSON_HEALTH', 'Marieke']]);
B('reply', '@gerritjan dank je, fijn dat je vrouw zo goed is opgevangen op de verloskamer.', [['PATIENT_CONFIRMATION', 'je vrouw']]);
B('reply', '@truusdevries uw man heeft een rustige nacht gehad op de IC.', [['PATIENT_CONFIRMATION', 'uw man']]);
B('post', 'Na een zware coronatijd op de IC bedankt Bert Vos uit Ede het team met taart.', [['PERSON_HEALTH', 'Bert Vos']]);
B('post', 'De man van Ria Hofman heeft alzheimer en woont sinds kort bij ons.', [['PERSON_HEALTH', 'Ria Hofman']]);
B('post', 'Ze heet Floor, ze is 8 en ze heeft autisme.', [['PERSON_HEALTH', 'Floor']]);
B('post', '#HoudVolJesse: Jesse (12) uit Doetinchem vecht tegen leukemie.', [['PERSON_HEALTH', 'Jesse (12)']]);
B('post', 'Mevrouw V. uit Lisse (78) heeft dementie en kreeg bezoek van haar kleinkinderen.', [['PERSON_HEALTH', 'Mevrouw V.']]);
B('post', 'Vandaag afscheid genomen van dhr. Kok, die na 6 weken revalidatie naar huis mocht.', [['PERSON_HEALTH', 'dhr. Kok']]);
B('reply', 'Beste Ahmed, uw vader is stabiel en de artsen houden hem nog een nacht ter observatie.', [['PATIENT_CONFIRMATION', 'uw vader is stabiel']]);
B('reply', 'Lieve Tamara, de kraamverzorgster komt morgen om 9 uur bij je langs.', [['PATIENT_CONFIRMATION', 'kraamverzorgster']]);
B('reply', 'Goedemiddag @jvermeulen, uw verwijzing naar de dermatoloog is binnen.', [['PATIENT_CONFIRMATION', 'uw verwijzing']]);
O('post', 'Onze collega Marieke is opgenomen in het nieuwe team van de longafdeling. Welkom!');
O('reply', '@gerritjan je vrouw werkt toch op de kraamafdeling? Doe haar de groeten!');

// =================== seventh batch (probes; the first two were missed before tuning) ===================
B('post', 'Dank je wel, Marjolein, voor je mooie review! Fijn dat je behandeling zo goed is verlopen.', [['PERSON_HEALTH', 'Marjolein']]);
B('post', 'Wat een mooie recensie van Marjolein: haar behandeling bij onze fysio verliep perfect.', [['PERSON_HEALTH', 'Marjolein']]);
B('reply', 'hee @dewi_m, je uitslag is binnen, bel ff met de poli', [['PATIENT_CONFIRMATION', 'je uitslag']]);
B('reply', '@lisa1988 je afspraak bij de gynaecoloog is verzet naar dinsdag', [['PATIENT_CONFIRMATION', 'je afspraak bij de gynaecoloog']]);
B('post', 'Henk van der Berg, 70, uit Epe, werd vorige maand geopereerd aan zijn darmen.', [['PERSON_HEALTH', 'Henk van der Berg']]);
O('post', 'Dank je wel, Sanne, voor je inzet als vrijwilliger op de kinderafdeling!');
O('post', 'Bedankt, Henk, voor 25 jaar werk op de IC. Geniet van je pensioen!');

// ---- build, validate, write ----
const TYPES = ['PERSON_HEALTH', 'PATIENT_CONFIRMATION', 'BSN', 'PATIENT_NUMBER', 'IBAN', 'PHONE', 'EMAIL', 'POSTCODE_ADDRESS', 'DATE_OF_BIRTH'];
const seen = new Set();
const out = records.map((r, i) => {
  if (seen.has(r.text)) throw new Error(`duplicate text: ${r.text.slice(0, 40)}`);
  seen.add(r.text);
  const id = `devsit-nl-${String(i + 1).padStart(3, '0')}`;
  const entities = r.ents.map(([type, sub, occ = 0]) => {
    if (!TYPES.includes(type)) throw new Error(`unknown type ${type} in ${id}`);
    if (sub === '*') return { type, start: 0, end: r.text.length };
    let start = -1;
    for (let k = 0; k <= occ; k++) start = r.text.indexOf(sub, start + 1);
    if (start < 0) throw new Error(`${id}: span not found: ${sub}`);
    return { type, start, end: start + sub.length };
  });
  if (r.verdict === 'block' && entities.length === 0) throw new Error(`${id}: block without entities`);
  const rec = { id, family: id, lang: 'nl', kind: r.kind, text: r.text, entities, verdict: r.verdict, split: 'dev' };
  if (r.org) rec.org = r.org;
  return rec;
});
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'dev-situations-nl.jsonl'), `${out.map((x) => JSON.stringify(x)).join('\n')}\n`);
const n = (v) => out.filter((x) => x.verdict === v).length;
console.log(`dev-situations-nl: ${out.length} texts (block ${n('block')}, ok ${n('ok')})`);
