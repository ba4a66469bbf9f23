import { wordSet } from './words.ts';

// Health vocabulary, Dutch and English. Single tokens and phrases (with `_` for spaces).

export const CONDITIONS = wordSet(`
diabetes suikerziekte kanker tumor tumoren uitzaaiingen dementie alzheimer parkinson
beroerte herseninfarct hersenbloeding cva hartinfarct hartaanval hartfalen
hartritmestoornis boezemfibrilleren copd astma longemfyseem depressie depressief
angststoornis paniekstoornis burn-out burnout psychose psychotisch schizofrenie
bipolair bipolaire autisme adhd epilepsie hiv aids hepatitis griep corona covid
covid-19 longontsteking blaasontsteking nierontsteking reuma artrose osteoporose
botbreuk heupfractuur delier verslaving verslaafd anorexia boulimia eetstoornis obesitas
hypertensie nierfalen nierziekte leverziekte cirrose sepsis infectie ziek zieke ziekte
ongeneeslijk terminaal gebroken gehandicapt beperking verstandelijke niet-aangeboren
hersenletsel nah trombose embolie longembolie migraine fibromyalgie crohn colitis
prikkelbare leukemie lymfoom melanoom borstkanker longkanker darmkanker prostaatkanker
alvleesklierkanker huidkanker zwanger zwangerschap miskraam doof blind slechtziend
slechthorend rolstoel incontinent incontinentie decubitus doorligwonden wond wonden
kwetsbaar hoofdpijn koorts pijn valpartij multiple_sclerose
cancer tumour tumor metastases dementia alzheimer's parkinson's stroke heart_attack
heart_failure asthma depression depressed anxiety psychosis schizophrenia bipolar autism
epilepsy hiv aids hepatitis flu influenza pneumonia covid infection sepsis arthritis
osteoporosis fracture broken_hip addiction addicted anorexia obesity hypertension
kidney_failure cirrhosis leukaemia leukemia lymphoma melanoma pregnant pregnancy
miscarriage disability disabled wheelchair incontinence diagnosis diagnosed terminal
terminally ill illness sick injury injured seizure seizures
pain disease disorder lump cyst polyp ulcer hernia gallstones kidney_stones appendicitis
tonsillitis meningitis concussion sprain sprained whiplash burns shingles measles mumps
chickenpox whooping_cough tuberculosis lupus sickle_cell cystic_fibrosis cerebral_palsy
spina_bifida scoliosis glaucoma macular_degeneration tinnitus hearing_loss vertigo fainted
collapsed heart_condition arrhythmia angina aneurysm blood_clot clot dvt eating_disorder
self-harm suicidal overdose alcoholism relapse chronic_fatigue fibromyalgia pcos infertility
memory_loss learning_disability insomnia diabetic asthmatic epileptic cardiac_arrest
heart_murmur brain_injury spinal_injury paralysed paralyzed blind deaf
knobbel cyste poliep maagzweer galstenen nierstenen hersenschudding verstuiking verstuikt
whiplash brandwonden gordelroos mazelen waterpokken kinkhoest tuberculose tbc lupus
sikkelcelziekte taaislijmziekte spastisch scoliose glaucoom maculadegeneratie tinnitus
oorsuizen duizelig flauwgevallen hartklachten aneurysma bloedstolsel stolsel
zelfbeschadiging suïcidaal overdosis alcoholisme terugval chronische_vermoeidheid pcos
onvruchtbaar geheugenverlies slapeloosheid diabetisch hartstilstand hersenletsel
verlamd dwarslaesie bevalling bevallen keizersnede c-section caesarean gave_birth
kraambed
coma comateus miskramen psychische_klachten psychische_problemen geheugenproblemen
bewusteloos ingeslapen overleed vergeetachtig geheugen_gaat_achteruit geheugen_achteruitgaat
in_a_coma mental_health_crisis
vomiting diarrhoea diarrhea fever feverish high_temperature braken overgeven diarree
slipped_disc hernia abnormal_cells mrsa norovirus c_diff barrier_nursing heart_op hip_op knee_op
`);

export const TREATMENTS = wordSet(`
operatie geopereerd chemo chemotherapie chemokuur bestraling bestralingen radiotherapie
immunotherapie dialyse revalidatie revalideert revalideren transplantatie amputatie
geamputeerd bypass dotterbehandeling stent beademd beademing palliatieve palliatief
sedatie euthanasie behandeling behandeld behandelingen therapie medicatie medicijnen
insuline pacemaker ingreep kijkoperatie knieoperatie heupoperatie hartoperatie
staaroperatie narcose infuus sonde katheter stoma wondzorg thuiszorg dagbehandeling
ambulance gereanimeerd reanimatie reanimeren vaccinatie gevaccineerd
surgery operation operated chemotherapy radiotherapy radiation dialysis rehabilitation
transplant amputation ventilator ventilated palliative hospice treatment treated therapy
medication insulin pacemaker resuscitated
oxygen inhaler inhalers insulin_pump hearing_aid cochlear_implant implant prosthesis
crutches walking_frame feeding_tube catheter stoma drip iv_drip plaster_cast stitches
pills tablets meds antibiotics painkillers antidepressants steroids injection injections
physio physiotherapy occupational_therapy speech_therapy counselling rehab detox
transfusion blood_transfusion bone_marrow stem_cell transplant_list chemo_port chemo
hip_replacement knee_replacement bypass_surgery hospitalised hospitalized
zuurstof puffer puffers insulinepomp gehoorapparaat cochleair_implantaat implantaat prothese
op_krukken rollator sonde hechtingen pillen tabletten antibiotica pijnstillers
antidepressiva prednison injectie injecties prik fysio fysiotherapie ergotherapie logopedie
afkickkliniek ontwenning bloedtransfusie beenmerg stamceltransplantatie transplantatielijst
donorlijst nieuwe_heup nieuwe_knie
buisjes trommelvliesbuisjes neusamandelen keelamandelen gipsverband hoortoestel
chemokuren antibioticakuur maagverkleining maagband maagscopie coloscopie darmonderzoek
uitstrijkje bloedprikken insulinepen wondverzorging donorhart donorlong donorlever
open_ruggetje schisis hazenlip klompvoet
uitstrijk dagbesteding infusion infusions
`);

export const DEPARTMENTS = wordSet(`
ic icu intensive_care seh spoedeisende_hulp eerste_hulp spoedpost huisartsenpost kliniek
oncologie cardiologie neurologie psychiatrie geriatrie kinderafdeling verloskunde
kraamafdeling ccu hartbewaking longafdeling dialyseafdeling polikliniek poli
verpleegafdeling ggz revalidatiecentrum verpleeghuis hospice ziekenhuis
ziekenhuisbed isolatie
a&e emergency_department ward oncology cardiology neurology psychiatry maternity
hospital intensive_care_unit care_home nursing_home
fracture_clinic plaster_room day_unit recovery_room operating_theatre labour_ward picu nicu
special_care_baby_unit scbu pain_clinic gipskamer verkoeverkamer operatiekamer verloskamer endoscopie
`);

export const ADMISSION = wordSet(`
opgenomen opname ziekenhuisopname ontslagen ligt_in_het_ziekenhuis overleden overlijden
gestorven herstellende herstelt hersteld onderzocht gediagnosticeerd diagnose uitslag
uitslagen positief_getest negatief_getest bloedwaarde bloedwaarden hba1c scan mri ct-scan
biopt biopsie
admitted admission discharged passed_away died recovering recovered diagnosed
test_results tested_positive blood_test scan biopsy
blood_tests on_the_mend in_remission
ter_observatie in_observatie kept_in_for_observation for_observation rest_in_peace rust_zacht
`);

/** Dutch compound endings: "borstkanker", "heupoperatie", "longontsteking"... */
export const HEALTH_SUFFIXES = [
  'kanker',
  'operatie',
  'ontsteking',
  'fractuur',
  'infarct',
  'falen',
  'stoornis',
  'ziekte',
  'therapie',
  'afdeling',
  'behandeling',
  'tumor',
  'breuk',
  'letsel',
  'opname',
  'syndroom',
  'medicatie',
  'verslaving',
  'bloeding',
  'diabetes',
  'transplantatie',
  'oncologie',
  'aanval',
  'revalidatie',
  'operaties',
  'behandelingen',
  'afwijking',
  'scopie',
  // places of care: "geheugenpoli", "pijnkliniek" (read as places, see person-with-health.ts)
  'poli',
  'kliniek',
];

/** Prescription-only substances and brands (UR-geneesmiddelen), lower-case. */
export const PRESCRIPTION_ONLY = wordSet(`
oxycodon oxycodone oxycontin morfine morphine fentanyl tramadol codeïne codeine methadon
methadone diazepam valium oxazepam temazepam lorazepam alprazolam xanax zolpidem
sertraline citalopram escitalopram fluoxetine prozac paroxetine venlafaxine
mirtazapine amitriptyline lithium quetiapine seroquel olanzapine risperidon
risperidone haloperidol aripiprazol clozapine pregabaline pregabalin lyrica
gabapentine gabapentin metformine metformin insuline ozempic semaglutide wegovy
mounjaro tirzepatide saxenda liraglutide victoza trulicity dulaglutide januvia
lantus novorapid atorvastatine atorvastatin lipitor simvastatine simvastatin
rosuvastatine metoprolol bisoprolol amlodipine lisinopril enalapril losartan
furosemide warfarine warfarin acenocoumarol apixaban eliquis rivaroxaban xarelto
dabigatran clopidogrel prednison prednisolon prednisone amoxicilline amoxicillin
doxycycline ciprofloxacine azitromycine nitrofurantoïne levothyroxine thyrax
methylfenidaat methylphenidate ritalin concerta dexamfetamine sildenafil viagra
tadalafil cialis botox isotretinoïne isotretinoin roaccutane methotrexaat
methotrexate adalimumab humira pembrolizumab keytruda finasteride
`);

/** Over-the-counter medicines: health terms, but promoting them is not forbidden here. */
export const OTC_MEDICINES = wordSet(`
paracetamol ibuprofen ibuprofen diclofenac-kalium naproxen aspirine loratadine
cetirizine omeprazol antihistamine vitamine vitamin
`);

/** Words that mark a post as promotional for a medicine. */
export const PROMO_CUES = wordSet(`
verkrijgbaar bestel bestellen korting aanbieding actie probeer ontdek gratis koop
kopen voordelig wondermiddel snel_resultaat afvallen vraag_uw_arts vraag_je_arts
vraag_uw_huisarts vraag_je_huisarts nu_ook webshop
available order buy discount offer try discover free ask_your_doctor ask_your_gp
lose_weight shop
`);
