import { wordSet } from './words.ts';

// Health context beyond diagnoses: results and scans, prescriptions, outcomes of treatment and
// appointments with a specialty. About a named or addressed person, each of these is health data.

/** Results, scans and tests. */
export const RESULTS = wordSet(`
uitslag uitslagen scanuitslag labuitslag labuitslagen bloeduitslag bloeduitslagen scan scans
mri mri-scan ct ct-scan pet-scan petscan röntgenfoto röntgen mammografie mammogram
bloedonderzoek biopt biopsie kweek pathologie
scan_results test_results lab_results blood_results biopsy biopsy_results x-ray x-rays
ultrasound mammogram bloodwork blood_work pathology mri_results ct_scan pet_scan
`);

/** Prescriptions ("recept" alone is also a recipe: only with "klaar" or "herhaal-"). */
export const PRESCRIPTIONS = wordSet(`
herhaalrecept herhaalrecepten herhaalmedicatie recept_ligt_klaar recept_staat_klaar
recept_is_klaar medicijnen_liggen_klaar medicatie_ligt_klaar medicijnen_staan_klaar
prescription prescriptions repeat_prescription medication_is_ready medicine_is_ready
`);

/** Outcomes of a treatment and wishes that reveal one. */
export const OUTCOMES = wordSet(`
remissie kankervrij schoon_verklaard slaat_aan aanslaat aangeslagen uitbehandeld
beterschap spoedig_herstel voorspoedig_herstel je_herstel uw_herstel haar_herstel zijn_herstel
remission cancer-free cancer_free all_clear responding_well speedy_recovery your_recovery
her_recovery his_recovery get_well_soon
smooth_recovery full_recovery quick_recovery swift_recovery good_recovery goed_herstel snel_herstel
ringing_the_bell rang_the_bell ring_the_bell de_bel_luiden de_bel_geluid
`);

/** Specialists: health data when someone has an appointment with them ("afspraak bij de cardioloog"). */
export const SPECIALTIES = wordSet(`
cardioloog oncoloog neuroloog longarts kinderarts gynaecoloog uroloog dermatoloog internist
reumatoloog psychiater psycholoog geriater chirurg orthopeed kno-arts oogarts maag-darm-leverarts
mdl-arts nefroloog endocrinoloog hematoloog radiotherapeut revalidatiearts fysiotherapeut
verloskundige diëtist dietist logopedist
cardiologist oncologist neurologist dermatologist urologist gynaecologist gynecologist
rheumatologist psychiatrist psychologist surgeon orthopaedic orthopedic endocrinologist
haematologist hematologist nephrologist physiotherapist midwife dietitian
`);

/** Departments of a specialty (health words on their own, like "oncologie"), and more conditions. */
export const SPECIALTY_DEPARTMENTS = wordSet(`
dermatologie reumatologie urologie gynaecologie orthopedie nefrologie hematologie endocrinologie
longziekten maag-darm-lever
dermatology rheumatology urology gynaecology gynecology orthopaedics orthopedics haematology
hematology nephrology endocrinology
eczeem eczema psoriasis allergie allergy hooikoorts long_covid endometriose endometriosis
coeliakie coeliac celiac
staar cataract cataracts couveuse neonatologie neonatology nicu borstpijn chest_pain
ontslagbrief discharge_letter bloods multiple_sclerosis multiple_sclerose kidney_failure heart_failure
renal_failure her_fall his_fall haar_val valpartij uw_val je_val jouw_val zijn_val your_fall
mum's_fall mom's_fall dad's_fall mother's_fall father's_fall nan's_fall gran's_fall grandma's_fall
grandad's_fall husband's_fall wife's_fall partner's_fall son's_fall daughter's_fall
neonatal neonatal_unit premature prematuur te_vroeg_geboren born_prematurely
nieuwe_nier nieuwe_lever nieuw_hart nieuwe_longen nieuwe_heup nieuwe_knie donornier
new_kidney new_liver new_heart new_lungs new_hip new_knee
waiting_list_for_a_kidney waiting_list_for_a_new_kidney waiting_list_for_a_liver
waiting_list_for_a_transplant waiting_list_for_a_heart waiting_list_for_new_lungs
waiting_list_for_surgery wachtlijst_voor_een_nier wachtlijst_voor_een_nieuwe_nier
wachtlijst_voor_een_transplantatie wachtlijst_voor_een_lever
`);

/** Words that make the next specialty an appointment: "afspraak bij de cardioloog". */
export const APPOINTMENT_WORDS = wordSet(`
afspraak afspraken consult controle verwijzing verwezen doorverwezen bezoek ingepland gepland
ingeroosterd appointment appointments consultation referral referred visit check-up booked
scheduled
`);
