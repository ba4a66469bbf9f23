// The default pre-publication checklist, from the KNMG handreiking "Artsen en social media" and the
// V&VN guidance (../shared/design/compliance-rules.md). Each question is answered "yes, confirmed"
// by every approver; an organisation may change, add, remove and reorder them.
export interface ChecklistQuestion {
  id: string;
  nl: string;
  en: string;
}

export const DEFAULT_CHECKLIST: readonly ChecklistQuestion[] = [
  {
    id: 'patient-trust',
    nl: 'Dit bericht schaadt het vertrouwen van patiënten en cliënten niet, ook niet als iemand een geanonimiseerde situatie herkent.',
    en: 'This post does not harm the trust of patients and clients, not even if someone recognises an anonymised situation.',
  },
  {
    id: 'profession',
    nl: 'Dit bericht schaadt mijn beroep en mijn beroepsrelaties niet (respectvol, ook over collega’s).',
    en: 'This post does not harm my profession or my professional relationships (respectful, also about colleagues).',
  },
  {
    id: 'employer',
    nl: 'Dit bericht past bij de gedragscode van onze organisatie en schaadt haar niet.',
    en: 'This post fits our organisation’s code of conduct and does not harm it.',
  },
  {
    id: 'consent',
    nl: 'Iedereen die herkenbaar is in tekst, foto of video heeft toestemming gegeven voor dit kanaal.',
    en: 'Everyone recognisable in the text, photo or video has consented for this channel.',
  },
  {
    id: 'no-individual-advice',
    nl: 'Dit bericht is geen advies aan één persoon; wie persoonlijk advies nodig heeft, verwijzen we naar een besloten kanaal of de telefoon.',
    en: 'This post is not advice to one individual; anyone who needs personal advice is referred to a private channel or the phone.',
  },
  {
    id: 'evening-news',
    nl: 'Ik zou dit ook zo zeggen als het in het journaal kwam (bereik: alles kan openbaar worden).',
    en: 'I would say this just as well on the evening news (reach: anything can become public).',
  },
];
