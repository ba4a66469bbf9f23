import { ScanContext } from './context.ts';
import { detectAgb } from './detectors/agb.ts';
import { detectAddress } from './detectors/address.ts';
import { detectAltText } from './detectors/alt-text.ts';
import { detectBigNumber } from './detectors/big-number.ts';
import { detectBsn } from './detectors/bsn.ts';
import { detectDateOfBirth } from './detectors/date-of-birth.ts';
import { detectEmail } from './detectors/email.ts';
import { detectHashtags } from './detectors/hashtags.ts';
import { detectIban } from './detectors/iban.ts';
import { detectLinks } from './detectors/links.ts';
import { detectMedicalRecordNumber } from './detectors/medical-record-number.ts';
import { detectMedicareMbi } from './detectors/medicare-mbi.ts';
import { detectMedicalAdvice } from './detectors/medical-advice.ts';
import { detectNhsNumber } from './detectors/nhs-number.ts';
import { detectPartnership } from './detectors/partnership.ts';
import { detectPatientConfirmation } from './detectors/patient-confirmation.ts';
import { detectPatientNumber } from './detectors/patient-number.ts';
import { detectPersonWithHealth } from './detectors/person-with-health.ts';
import { detectPhone } from './detectors/phone.ts';
import { detectPostcode } from './detectors/postcode.ts';
import { detectPrescriptionMedicine } from './detectors/prescription-medicine.ts';
import { detectReadability } from './detectors/readability.ts';
import { detectSsn } from './detectors/ssn.ts';
import { detectUkAddress } from './detectors/uk-address.ts';
import { normaliseForGuard, originalSpan } from './normalise.ts';
import type { Finding, GuardResult, ScanOptions, Severity, Verdict } from './types.ts';

type Detector = (ctx: ScanContext, out: Finding[]) => void;

const DETECTORS: Detector[] = [
  detectBsn,
  detectIban,
  detectPhone,
  detectEmail,
  detectAddress,
  detectPostcode,
  detectDateOfBirth,
  detectPatientNumber,
  detectSsn,
  detectNhsNumber,
  detectMedicalRecordNumber,
  detectMedicareMbi,
  detectUkAddress,
  detectBigNumber,
  detectAgb,
  detectPersonWithHealth,
  detectPatientConfirmation,
  detectMedicalAdvice,
  detectPrescriptionMedicine,
  detectPartnership,
  detectLinks,
  detectReadability,
  detectAltText,
  detectHashtags,
];

// Identifier rules whose spans can overlap (a number read as two things): the stronger is kept.
export const IDENTIFIER_RULES = [
  'bsn',
  'iban',
  'phone',
  'email',
  'address',
  'postcode',
  'date-of-birth',
  'patient-number',
  'ssn',
  'nhs-number',
  'mrn',
  'medicare-mbi',
  'uk-address',
  'big-number',
  'agb',
] as const;
const IDENTIFIERS = new Set<string>(IDENTIFIER_RULES);

/** Every rule id the guard can report, for settings screens and validation. */
export const GUARD_RULES = [
  ...IDENTIFIER_RULES,
  'person-with-health',
  'patient-confirmation',
  'medical-advice',
  'prescription-medicine',
  'partnership',
  'link',
  'readability',
  'alt-text',
  'hashtag-camelcase',
] as const;
const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

export function guardVerdict(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'ok';
  for (const f of findings) {
    if (f.severity === 'block') return 'block';
    if (f.severity === 'warn') verdict = 'warn';
  }
  return verdict;
}

function dropShadowed(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      !IDENTIFIERS.has(f.rule) ||
      !findings.some(
        (g) =>
          g !== f &&
          IDENTIFIERS.has(g.rule) &&
          g.rule !== f.rule &&
          g.start <= f.start &&
          g.end >= f.end &&
          (RANK[g.severity] > RANK[f.severity] || (RANK[g.severity] === RANK[f.severity] && g.end - g.start > f.end - f.start)),
      ),
  );
}

/**
 * Scan one text (post, variant, reply or alt text) against every privacy and compliance rule.
 * The detectors read the normalised text (src/guard/normalise.ts); the spans of the findings
 * point into the text as given. Pure.
 */
export function scanText(text: string, opts: ScanOptions = {}): GuardResult {
  const normalised = normaliseForGuard(text);
  const ctx = new ScanContext(normalised.text, opts);
  let findings: Finding[] = [];
  for (const detect of DETECTORS) detect(ctx, findings);
  const overrides = opts.org?.severities;
  if (overrides) {
    const adjusted: Finding[] = [];
    for (const f of findings) {
      const s = overrides[f.rule];
      if (s === 'off') continue;
      adjusted.push(s ? { ...f, severity: s } : f);
    }
    findings = adjusted;
  }
  if (findings.length > 1) {
    findings = dropShadowed(findings);
    findings.sort((a, b) => a.start - b.start || RANK[b.severity] - RANK[a.severity]);
  }
  const map = normalised.map;
  if (map) findings = findings.map((f) => ({ ...f, ...originalSpan(map, f.start, f.end) }));
  return { verdict: guardVerdict(findings), lang: ctx.lang, findings };
}
