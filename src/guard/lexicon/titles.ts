import { wordSet } from './words.ts';

/** Forms of address that make the next capitalised word a person's name. */
export const TITLES = wordSet(`
mevrouw mevr mw mw. meneer mijnheer dhr heer juffrouw mrs mr ms miss mister madam
`);

/** Professional titles: the person is acting as a professional, not as a patient. */
export const STAFF_TITLES = wordSet(`dr dokter prof professor zuster broeder drs ir dr. prof.`);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = wordSet(`
mw mevr dhr dr drs ir ing prof mr mrs ms st nr geb bijv bv o.a ca evt tel vs etc jr sr mej
zr no fig afd incl excl max min
`);

/** Role nouns of care staff: a name right next to one is a professional in their role. */
export const STAFF_ROLES = wordSet(`
verpleegkundige wijkverpleegkundige verzorgende verzorgster verpleger arts huisarts
specialist chirurg cardioloog oncoloog neuroloog geriater psychiater psycholoog
fysiotherapeut ergotherapeut logopedist diëtist dietist apotheker verloskundige
kraamverzorgende doktersassistent assistente praktijkondersteuner poh tandarts
mondhygiënist collega medewerker medewerkster teamleider manager directeur bestuurder
voorzitter woordvoerder coördinator coordinator vrijwilliger stagiair stagiaire
begeleider begeleidster zorgmedewerker helpende activiteitenbegeleider internist
longarts kinderarts gynaecoloog uroloog dermatoloog radioloog anesthesioloog
verpleegkundig casemanager zorgcoördinator zorgconsulent specialisten artsen
onderzoeker hoogleraar lector trainer docent coach ambassadeur gastvrouw gastheer
receptioniste secretaresse kok
physician doctor nurse gp surgeon therapist physiotherapist pharmacist midwife colleague
director ceo spokesperson volunteer consultant paramedic dietitian psychologist
psychiatrist cardiologist oncologist neurologist researcher professor lecturer
receptionist staff team chaplain matron lead registrar houseman sonographer radiographer
phlebotomist porter carer-coordinator physio fysio ambulancechauffeur ambulancier
`);

/** Two-word staff roles whose second word alone is not one: "ward sister Joanne", "charge nurse Tomasz". */
export const STAFF_ROLE_PAIRS = wordSet(`
ward_sister senior_sister theatre_sister night_sister junior_sister charge_nurse staff_nurse
head_nurse district_nurse practice_nurse specialist_nurse research_nurse nurse_practitioner
health_visitor support_worker care_worker key_worker social_worker care_assistant
healthcare_assistant nursing_assistant junior_doctor senior_nurse occupational_therapist
speech_therapist play_specialist head_of ambulance_driver ambulance_crew ambulance_technician
verpleegkundig_specialist physician_assistant medisch_specialist geestelijk_verzorger klinisch_psycholoog
klinisch_geriater sociaal_werker specialist_ouderengeneeskunde arts_ouderengeneeskunde
`);

/** Dutch compounds that name a care job: "afdelingshoofd", "hoofdverpleegkundige", "zaalarts". */
export const STAFF_ROLE_SUFFIX_RE =
  /^\p{L}{3,}(?:verpleegkundige|verpleegkundigen|arts|hoofd|leider|leidster|therapeut|coördinator|coordinator|medewerker|medewerkster|specialist|consulent|assistent|assistente|begeleider|begeleidster|verzorgende|manager|directeur|loog|iater|kundige)$/u;

/** Patient-role nouns: a name next to one is a patient or client (receiving care is health data). */
export const PATIENT_ROLES = wordSet(`
patiënt patient patiënte patiente cliënt client cliënte bewoner bewoonster zorgvrager
patients patiënten cliënten clients bewoners resident residents
`);

/** Titles of public office: the named person is a public figure, not a patient. */
export const PUBLIC_TITLES = wordSet(`
minister staatssecretaris koning koningin prins prinses premier burgemeester wethouder
kamerlid tweede-kamerlid gedeputeerde commissaris president rivm-directeur directeur-generaal
minister-president raadslid europarlementariër gouverneur ambassadeur
king queen prince princess secretary mayor senator governor mp mep chancellor councillor
sir dame lord baroness baron
councilman councilwoman congressman congresswoman commissioner
`);

/** Public professions: named with one, a person is a public figure ("Zanger X", "Olympic rower Y"). */
export const PUBLIC_PROFESSIONS = wordSet(`
zanger zangeres schaatser schaatsster presentator presentatrice tv-presentator tv-presentatrice schrijver
schrijfster auteur dichter dichteres cabaretier comedian acteur actrice voetballer voetbalster wielrenner
wielrenster atleet atlete tennisser tennisster zwemmer zwemster hockeyer hockeyster rapper influencer
vlogger youtuber columnist columniste artiest muzikant olympiër topsporter tv-kok tv-chef kunstenaar
singer footballer rower athlete actor actress author writer presenter broadcaster boxer cyclist swimmer
olympian musician podcaster golfer rapper comedienne popstar celebrity novelist poet artist chef
tv-chef paralympian skater
`);

/** Well-known public figures (full names, lower-case). */
export const PUBLIC_FIGURES = wordSet(`
willem-alexander máxima maxima amalia beatrix
mark_rutte hugo_de_jonge ernst_kuipers jaap_van_dissel diederik_gommers dick_schoof
fleur_agema conny_helder marion_koopmans andré_knottnerus
boris_johnson chris_whitty anthony_fauci rishi_sunak keir_starmer joe_biden
king_charles
`);
