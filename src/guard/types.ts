// Shared types of the privacy and compliance guard. Pure data: no I/O anywhere in src/guard.

export type Lang = 'nl' | 'en';
export type Kind = 'post' | 'reply';
export type Severity = 'block' | 'warn' | 'info';
export type Verdict = 'block' | 'warn' | 'ok';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the scanned text; start === end for whole-item findings (e.g. media). */
  start: number;
  end: number;
  message: Bilingual;
  fix: Bilingual;
}

export interface GuardResult {
  verdict: Verdict;
  lang: Lang;
  findings: Finding[];
}

export interface GuardOrgSettings {
  severities?: Record<string, Severity | 'off'>;
  allow?: {
    phones?: string[];
    addresses?: string[];
    staff?: { name: string; role?: string }[];
    domains?: string[];
    bigNumbers?: string[];
    /** The organisation's own accounts (donations, payments): never a personal IBAN. */
    ibans?: string[];
  };
}

export interface ScanOptions {
  lang?: Lang;
  kind?: Kind;
  org?: GuardOrgSettings;
  media?: { altText?: string | null }[];
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** The character right after the token is a full stop (initials, abbreviations). */
  dotAfter: boolean;
}

/** A detector's output before the org's severity overrides are applied. */
export type RawFinding = Finding;

export interface PersonMention {
  start: number;
  end: number;
  /** Index of first and last token of the mention. */
  first: number;
  last: number;
  sent: number;
  /** Staff acting in their role, or a public figure: not a patient. */
  notPatient: boolean;
  /** A public figure (office holder, performer, athlete) named with their title. */
  publicFigure?: boolean;
  /** The person the text speaks to ("Hi Karen,", "@karen_w" in a reply): "your ..." is about them. */
  addressee?: boolean;
}

export interface HealthMention {
  start: number;
  end: number;
  first: number;
  sent: number;
}
