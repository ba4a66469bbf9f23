import { findHealthMentions } from './detectors/health-terms.ts';
import { findPersons } from './detectors/person-name.ts';
import { detectLang } from './lang-detect.ts';
import { tokenize } from './tokenize.ts';
import type { GuardOrgSettings, HealthMention, Kind, Lang, PersonMention, ScanOptions, Token } from './types.ts';

/** The organisation's allow-lists, normalised once per settings object. */
export interface NormalisedAllow {
  /** National significant numbers: digits only, without 0 / +31 prefix. */
  phones: Set<string>;
  /** Addresses squeezed to lower-case letters and digits. */
  addresses: string[];
  /** Staff full names and surnames (lower-case). */
  staff: Set<string>;
  domains: string[];
  bigNumbers: Set<string>;
  /** The org's own IBANs, upper-case without spaces. */
  ibans: Set<string>;
}

const allowCache = new WeakMap<GuardOrgSettings, NormalisedAllow>();
const EMPTY_ALLOW: NormalisedAllow = {
  phones: new Set(),
  addresses: [],
  staff: new Set(),
  domains: [],
  bigNumbers: new Set(),
  ibans: new Set(),
};

export function phoneKey(raw: string): string {
  let d = raw.replace(/\D+/g, '');
  if (d.startsWith('0031')) d = d.slice(4);
  else if (d.startsWith('31') && raw.trim().startsWith('+')) d = d.slice(2);
  else if (d.startsWith('0')) d = d.slice(1);
  return d;
}

export function ibanKey(raw: string): string {
  return raw.replace(/[\s.-]+/g, '').toUpperCase();
}

export function squeeze(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function normaliseAllow(org: GuardOrgSettings | undefined): NormalisedAllow {
  const a = org?.allow;
  if (!org || !a) return EMPTY_ALLOW;
  const hit = allowCache.get(org);
  if (hit) return hit;
  const staff = new Set<string>();
  for (const s of a.staff ?? []) {
    const name = s.name.toLowerCase().trim();
    staff.add(name);
    const parts = name.split(/\s+/);
    if (parts.length > 1) staff.add(parts[parts.length - 1]!); // "dr. Jansen" still matches
    staff.add(parts[0]!.replace(/\.$/, ''));
  }
  const out: NormalisedAllow = {
    phones: new Set((a.phones ?? []).map(phoneKey)),
    addresses: (a.addresses ?? []).map(squeeze).filter(Boolean),
    staff,
    domains: (a.domains ?? []).map((d) => d.toLowerCase().replace(/^@|^www\./, '')),
    bigNumbers: new Set((a.bigNumbers ?? []).map((b) => b.replace(/\D+/g, ''))),
    ibans: new Set((a.ibans ?? []).map(ibanKey)),
  };
  allowCache.set(org, out);
  return out;
}

/** Everything detectors share about one text, computed once and lazily. */
export class ScanContext {
  readonly text: string;
  readonly lower: string;
  readonly tokens: Token[];
  readonly lang: Lang;
  readonly kind: Kind;
  readonly org: GuardOrgSettings | undefined;
  readonly allow: NormalisedAllow;
  readonly media: ScanOptions['media'];
  readonly hasDigit: boolean;
  private personsCache: PersonMention[] | undefined;
  private healthCache: HealthMention[] | undefined;

  constructor(text: string, opts: ScanOptions = {}) {
    this.text = text;
    this.lower = text.toLowerCase();
    this.tokens = tokenize(text);
    this.lang = opts.lang ?? detectLang(this.tokens);
    this.kind = opts.kind ?? 'post';
    this.org = opts.org;
    this.allow = normaliseAllow(opts.org);
    this.media = opts.media;
    this.hasDigit = /\d/.test(text);
  }

  get persons(): PersonMention[] {
    return (this.personsCache ??= findPersons(this));
  }

  get health(): HealthMention[] {
    return (this.healthCache ??= findHealthMentions(this));
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lower-case text in the `width` characters before `start`. */
  before(start: number, width: number): string {
    return this.lower.slice(Math.max(0, start - width), start);
  }

  after(end: number, width: number): string {
    return this.lower.slice(end, end + width);
  }
}
