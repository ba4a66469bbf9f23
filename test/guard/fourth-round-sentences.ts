// Development sentences of the fourth guard round (issue 8, Dutch): one or more per change, each
// written for this file (not taken from a held-out set) and each handled wrongly by the guard before
// the round. [text, kind, expected]: 'block' must block; 'ok' must not block.
import type { Case } from './fresh-dev-sentences.ts';

/** Dutch patient stories: names beyond the lists, in the places names stand. */
export const STORY_BLOCK_4: Case[] = [
  // "name, age jaar en ..." without a closing comma
  ['Sjoukje Hazenberg, 71 jaar en geboren in Bolsward, kreeg deze zomer een nieuwe heup.', 'post', 'block'],
  // a Dutch surname made of ordinary words after a first name no list knows
  ['Vorige week hoorde Wiepkje Dijkhuizen dat de tumor in haar borst kwaadaardig is.', 'post', 'block'],
  // a double surname after a tussenvoegsel, the first name an ordinary word
  ['Trees van Ommeren-Kolk heeft al jaren reuma en schildert daar nu over.', 'post', 'block'],
  // a hyphenated first name whose parts are names
  ['Het verhaal van Gert-Jan Sloot: na een hartstilstand tijdens het tennissen werd hij gereanimeerd.', 'post', 'block'],
  // "Baby <name>" as a form of address
  ['Baby Fenne kwam vorige week met een hartafwijking ter wereld.', 'post', 'block'],
  // staff, but speaking of their own illness in another word order
  ['Wist je dat Remco Tuinstra, collega van de receptie, zelf met een donornier leeft?', 'post', 'block'],
  // a Dutch story told on with "ze/hij" over several sentences
  ['Dit is Gerbrich Sijtsma uit Dokkum. Ze werkt als kapster. Twee jaar geleden kreeg ze darmkanker.', 'post', 'block'],
  // introduced by a first name the dictionary reads as a compound ("wende" + "lien")
  ['Dit is Wendelien. Hij is haar broer niet, maar zij is zijn zus: zij heeft diabetes.', 'post', 'block'],
  // vocabulary: a birth defect
  ['Afgelopen zomer werd Sientje geboren met schisis.', 'post', 'block'],
  // a colleague in care themselves
  ['Onze collega Jorinde ligt sinds dinsdag in het ziekenhuis met een blindedarmontsteking.', 'post', 'block'],
  // a thanked name set off by commas; common Dutch and Frisian first names the lists lacked
  ['Dank je wel, Wendelien, voor de lieve kaart! Fijn dat je revalidatie zo voorspoedig gaat.', 'post', 'block'],
  ['Ineke kreeg vorig jaar een nieuwe nier.', 'post', 'block'],
];

/** Dutch webcare replies that confirm care. */
export const REPLY_BLOCK_4: Case[] = [
  // a time with a full stop ("16.00") no longer ends the sentence before the pickup
  ['Hoi Demi, je medicijnen kun je donderdag na 15.30 uur ophalen bij de apotheek beneden.', 'reply', 'block'],
  // a name closing the first sentence, outside the English list of places and brands
  ['Mooi gezegd, Gerdien! Blij dat het je na de bestralingen beter vergaat.', 'reply', 'block'],
  // a titled name closing a sentence is the person spoken to
  ['Hartelijk dank voor de recensie, meneer Bouwhuis. Wat goed dat de staaroperatie zo geslaagd is.', 'reply', 'block'],
  // and a titled name opening a reply
  ['Mevrouw Ruiter, dank voor de sterren! Mooi dat die nieuwe knie u zo goed bevalt.', 'reply', 'block'],
  // "your <Dutch compound of a care word>"
  ['Dag Fatma, je groei-echo is verschoven naar woensdag bij de verloskundige.', 'reply', 'block'],
  ['Hoi Bianca, sorry dat niemand kwam voor je wondverzorging. Morgen om 10 uur staat iemand op de stoep.', 'reply', 'block'],
  // a relative's news, then the treatment as a fact
  ['Hoi Jasper, sterkte met je vrouw. De chirurg liet weten dat de keizersnede goed is verlopen.', 'reply', 'block'],
  // we cared for their relative
  ['Wat lief dat u ons bedankt. De zorg voor uw moeder in de laatste weken deden we met liefde.', 'reply', 'block'],
  ['@joke_vd het team van 3 West vond het fijn om voor je vader te zorgen.', 'reply', 'block'],
  // vocabulary: grommets, "your fall"
  ['@saskia_m wat fijn dat je zoontje Mats weer goed hoort sinds de buisjes!', 'reply', 'block'],
  ['@oma_truus fijn dat u na uw val alweer zo goed ter been bent!', 'reply', 'block'],
  // a care service coming to their home, seeing them again at the clinic, booked for a procedure
  ['Dag mevrouw Kuiper, de wijkverpleging komt vanaf morgen bij u thuis voor de steunkousen.', 'reply', 'block'],
  ['Hoi Kim, de kraamzorg komt maandag bij jullie langs.', 'reply', 'block'],
  ['Beste meneer Alberts, we zien u graag terug op de diabetespoli voor de jaarcontrole.', 'reply', 'block'],
  ['Hoi Ricardo, je staat ingepland voor de coloscopie op 4 december.', 'reply', 'block'],
  // a relative on a ward named by its code, them leaving the maternity ward, them sitting in our ED
  ['Hallo Kevin, je oma ligt op afdeling C2, bezoek is welkom na 14 uur.', 'reply', 'block'],
  ['Gefeliciteerd, Dewi! Fijn dat jij en de baby vandaag van de kraamafdeling naar huis mogen.', 'reply', 'block'],
  ['Hoi Sanne, naar dat je gisteren uren op de SEH hebt gezeten met je dochter.', 'reply', 'block'],
  // a dietitian who will call, the specialist who expects them
  ['Beste Gonny, de diëtist neemt deze week contact met u op over eten na de maagverkleining.', 'reply', 'block'],
  ['@henkdekker1961 sorry voor de verkeerde datum: de longarts verwacht u op 7 mei om 10.00 uur.', 'reply', 'block'],
  // glad or sorry about health news, without "you" in it
  ['Van harte met jullie dochter! Fijn dat de keizersnede zo rustig verliep.', 'reply', 'block'],
  ['Jammer dat de operatie weer niet doorging, we duimen voor volgende week.', 'reply', 'block'],
  // a prescription sent on
  ['Dag meneer Bakir, wij hebben het recept voor uw vrouw doorgestuurd naar apotheek De Linde.', 'reply', 'block'],
  // their relative in a place of care
  ['@wimkroon fijn dat uw vrouw zo goed is opgevangen op de uitslaapkamer.', 'reply', 'block'],
  ['@hennyvos je vader heeft een rustige dag gehad op de hartbewaking.', 'reply', 'block'],
];

/** Dutch texts that must not block. */
export const DUTCH_OK_4: Case[] = [
  ['In de Florence Nightingale-zaal is dinsdag de scholing over decubitus.', 'post', 'ok'],
  ['Specialist ouderengeneeskunde Karim Bennani spreekt vanavond over delier bij ouderen.', 'post', 'ok'],
  ['Mevrouw Pieters van de cliëntenraad hield een toespraak over palliatieve zorg toen het hospice openging.', 'post', 'ok'],
  ['@annekevh uitslagen staan meestal na vijf werkdagen in het patiëntenportaal.', 'reply', 'ok'],
  ['@marloes_t voor een second opinion vraag je eerst je huisarts om een verwijsbrief.', 'reply', 'ok'],
  ['Ha Marco, de spoedpost was vannacht inderdaad erg druk. Dank voor je geduld!', 'reply', 'ok'],
  ['Hoi Kim, kraamzorg regel je via je verzekeraar, het liefst voor de 16e week van de zwangerschap.', 'reply', 'ok'],
  // glad about a campaign, a cause, our equipment: no one's health news
  ['Top dat je meeloopt voor onderzoek naar kanker!', 'reply', 'ok'],
  ['Goed dat je aandacht vraagt voor autisme bij meisjes.', 'reply', 'ok'],
  ['Blij dat de nieuwe CT-scanner eindelijk draait!', 'reply', 'ok'],
  // a colleague taken into a team, a relative who works there
  ['Onze collega Jorinde is opgenomen in het team van de spoedpoli. Welkom!', 'post', 'ok'],
  ['@hennyvos je vader werkt toch op de hartbewaking? Groeten aan hem!', 'reply', 'ok'],
  ['Dank je wel, Sietske, voor tien jaar vrijwilligerswerk op de kinderafdeling!', 'post', 'ok'],
];
