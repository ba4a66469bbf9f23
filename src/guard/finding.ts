import type { Bilingual, Finding, Severity } from './types.ts';

export function finding(rule: string, severity: Severity, start: number, end: number, message: Bilingual, fix: Bilingual): Finding {
  return { rule, severity, start, end, message, fix };
}

// Fix texts several rules share.
export const FIX_REMOVE: Bilingual = {
  nl: 'Haal dit gegeven uit het bericht.',
  en: 'Remove this detail from the message.',
};

export const FIX_PRIVATE_CHANNEL: Bilingual = {
  nl: 'Haal het weg en ga verder in een besloten, beveiligd kanaal of vraag de persoon ons te bellen.',
  en: 'Remove it and continue in a private, secure channel, or ask the person to call us.',
};
