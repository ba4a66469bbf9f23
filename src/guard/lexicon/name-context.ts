import { wordSet } from './words.ts';

// Words around names: where names stand, and names that are not people.

/** Greetings and thanks that address the next name: "Hi Karen,", "Beste Fatima", "Thanks Tyler". */
export const ADDRESS_WORDS = wordSet(`
beste geachte lieve hoi hallo hey hi hello dear goedemorgen goedemiddag goedenavond morning
dag thanks thank thx bedankt dankjewel dankuwel dank welkom welcome congrats congratulations
gefeliciteerd proficiat sorry beterschap sterkte cheers ha hee hai moi goedendag
`);

/** Kinship words: "uw zoon Daan", "your son Liam", "haar man Kees". */
export const KINSHIP = wordSet(`
zoon zoontje dochter dochtertje kind kindje baby moeder vader mama papa man vrouw echtgenoot
echtgenote partner vriend vriendin broer broertje zus zusje opa oma kleinzoon kleindochter
neef nicht oom tante schoonmoeder schoonvader stiefzoon stiefdochter
son daughter child kid baby mother father mum mom dad husband wife partner boyfriend girlfriend
brother sister grandson granddaughter grandma grandpa granny grandmother grandfather nephew
niece uncle aunt stepson stepdaughter grandad granddad nan nana auntie aunty
twins tweeling kids kinderen children missus hubby stepdad stepmum stepmom fiancé fiancée
schoonzoon schoondochter stiefvader stiefmoeder zwager schoonzus kleinkind
`);

/** Diseases named after a person: the name is the disease, not a patient ("Wereld Parkinson Dag"). */
export const EPONYMS = wordSet(`
alzheimer parkinson crohn hodgkin huntington asperger tourette raynaud sjögren sjogren
hashimoto addison cushing bechterew duchenne kahler lyme ménière meniere guillain barré barre
creutzfeldt korsakov korsakoff wernicke marfan ehlers danlos kaposi gehrig pompe gaucher fabry
wilms ewing burkitt dupuytren osgood schlatter perthes scheuermann willebrand rett angelman
prader klinefelter noonan hirschsprung kawasaki alport behçet behcet bell graves down turner
williams still paget tay sachs lewy
`);

/** Eponyms that are also common surnames: only a disease next to a disease word. */
export const EPONYMS_WITH_CONTEXT = wordSet(`bell graves down turner williams still paget lewy`);

/** Words after an eponym that make it a disease: "Down syndrome", "ziekte van Lyme", "Lewy body". */
export const DISEASE_WORDS = wordSet(`
syndroom syndrome ziekte disease disorder aandoening palsy verlamming dementie dementia body
bodies lymfoom lymphoma sarcoom sarcoma tumor tumour dag day week maand month awareness
`);

/** Institution words after a name: "Wilhelmina Kinderziekenhuis", "Johns Hopkins Hospital". */
export const INSTITUTION_WORDS = wordSet(`
ziekenhuis ziekenhuizen kinderziekenhuis gasthuis kliniek klinieken centrum center centre mc umc
instituut institute stichting foundation fonds fund trust school college universiteit university
infirmary hospital hospice hospitals clinic clinics medisch medical huis house hall zorg care
vereniging society association lecture lezing award prijs leerstoel chair
`);

/** Before a name: the name is a saint or a royal institution ("Sint Maartenskliniek", "St Mary's"). */
export const SAINT_WORDS = wordSet(`sint st saint san santa royal`);

/** Eponymous institutions without an institution word after them ("in het Antoni van Leeuwenhoek"). */
export const EPONYM_INSTITUTIONS = wordSet(`
antoni_van_leeuwenhoek jeroen_bosch albert_schweitzer johns_hopkins great_ormond_street
sloan_kettering memorial_sloan_kettering dana-farber addenbrooke's ronald_mcdonald
florence_nightingale gelre isala rijnstate amphia canisius tergooi
`);

/** Words that may stand between a public title and the name: "Minister van VWS Fleur Agema". */
export const OFFICE_FILLERS = wordSet(`
van voor of for the de het en and volksgezondheid welzijn sport medische zorg langdurige
jeugd health social care state vws gemeente city county
`);

/** Second-person words: a health term next to one is about the person addressed. */
export const SECOND_PERSON = wordSet(`you your yours u uw je jouw jij jullie`);
