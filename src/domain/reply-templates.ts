// Reply templates: the variables they may use, the crisis referral per region and language, and
// the default set a new organisation starts with. Pure data and one function; no I/O.

export type CrisisRegion = 'nl' | 'us';
type Lang = 'nl' | 'en';

/** Where a person in danger is sent (issue 12): 112 / 113 / huisartsenpost in the Netherlands, 911 / 988 in the US. */
export const CRISIS_REFERRAL: Record<CrisisRegion, Record<Lang, string>> = {
  nl: {
    nl: 'Ben je in direct gevaar? Bel 112. Denk je aan zelfdoding? Praat erover met 113 Zelfmoordpreventie: bel gratis 0800-0113 of chat via 113.nl, dag en nacht. Voor dringende medische zorg buiten kantoortijd: bel de huisartsenpost.',
    en: 'Are you in immediate danger? Call 112. Thinking about suicide? Talk to 113 Zelfmoordpreventie: call 0800-0113 for free or chat at 113.nl, day and night. For urgent medical care out of hours, call the huisartsenpost (GP out-of-hours service).',
  },
  us: {
    nl: 'Ben je in direct gevaar? Bel 911. Denk je aan zelfdoding of zit je erg in de knoop? Bel of sms 988 (Suicide & Crisis Lifeline), dag en nacht.',
    en: 'If you are in immediate danger, call 911. If you are thinking about suicide or are in emotional distress, call or text 988 (Suicide & Crisis Lifeline), any time.',
  },
};

export interface TemplateContext {
  handle: string;
  name: string | null;
  organisation: string;
  phone: string;
  region: CrisisRegion;
  lang: Lang;
}

/** Fills in {{handle}}, {{name}}, {{organisation}}, {{organisation_phone}} and {{crisis_referral}}; others stay as typed. */
export function renderTemplate(body: string, ctx: TemplateContext): string {
  const values: Record<string, string> = {
    handle: `@${ctx.handle}`,
    name: ctx.name?.trim() || ctx.handle,
    organisation: ctx.organisation,
    organisation_phone: ctx.phone,
    crisis_referral: CRISIS_REFERRAL[ctx.region][ctx.lang],
  };
  return body.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface DefaultTemplate {
  name: string;
  body: string;
  lang: Lang;
  purpose: 'crisis' | 'medical' | 'complaint' | 'compliment' | 'question' | null;
  private: boolean;
}

export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    name: 'Crisis: verwijzen naar hulp',
    lang: 'nl',
    purpose: 'crisis',
    private: false,
    body: 'Dank je dat je het ons laat weten. We willen dat je nu snel de juiste hulp krijgt. {{crisis_referral}}',
  },
  {
    name: 'Medische vraag: privé verder',
    lang: 'nl',
    purpose: 'medical',
    private: false,
    body: 'Hoi {{name}}, goede vraag. Over je eigen situatie praten we liever niet openbaar. Zullen we privé verder gaan? Stuur ons een privébericht of bel {{organisation_phone}}.',
  },
  {
    name: 'Klacht: we zoeken het uit',
    lang: 'nl',
    purpose: 'complaint',
    private: false,
    body: 'Hoi {{name}}, vervelend dat het zo gelopen is. We willen graag meer weten: stuur ons een privébericht of bel {{organisation_phone}}, dan zoeken we het uit.',
  },
  {
    name: 'Compliment: bedankt',
    lang: 'nl',
    purpose: 'compliment',
    private: false,
    body: 'Dank je wel, {{name}}! Fijn om te horen. We geven het door aan het team.',
  },
  {
    name: 'Vraag: bel of stuur een bericht',
    lang: 'nl',
    purpose: 'question',
    private: false,
    body: 'Hoi {{name}}, dank voor je vraag. Je kunt ons op werkdagen bereiken op {{organisation_phone}}.',
  },
  {
    name: 'Crisis: referral to help',
    lang: 'en',
    purpose: 'crisis',
    private: false,
    body: 'Thank you for telling us. We want you to get the right help now. {{crisis_referral}}',
  },
  {
    name: "Medical question: let's continue privately",
    lang: 'en',
    purpose: 'medical',
    private: false,
    body: "Hi {{name}}, good question. We'd rather not discuss your own situation in public. Shall we continue privately? Send us a direct message or call {{organisation_phone}}.",
  },
  {
    name: "Complaint: we'll look into it",
    lang: 'en',
    purpose: 'complaint',
    private: false,
    body: "Hi {{name}}, we're sorry this happened. We'd like to know more: send us a direct message or call {{organisation_phone}} and we'll look into it.",
  },
  {
    name: 'Compliment: thank you',
    lang: 'en',
    purpose: 'compliment',
    private: false,
    body: "Thank you, {{name}}! Lovely to hear. We'll pass it on to the team.",
  },
  {
    name: 'Question: call or message us',
    lang: 'en',
    purpose: 'question',
    private: false,
    body: 'Hi {{name}}, thanks for your question. You can reach us on working days at {{organisation_phone}}.',
  },
];
