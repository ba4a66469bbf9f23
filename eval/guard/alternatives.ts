// Adapters that run the two npm alternatives and map their entity types onto ours.
import { OpenRedaction } from 'openredaction';
import rp from 'redact-pii';
import type { CorpusRecord } from './generate-corpus.ts';

export interface Detection {
  /**
   * Our entity type, several joined by '|' (any of them), '*NUM' (matches any numeric
   * identifier) or 'OTHER' (unmapped).
   */
  type: string;
  start: number;
  end: number;
}

export interface System {
  name: string;
  detect(rec: CorpusRecord): Promise<Detection[]> | Detection[];
  /** Does the system stop this text? Alternatives: when they find any PII at all. */
  blocks(dets: Detection[], rec: CorpusRecord): boolean;
}

export function mapOpenRedactionType(t: string): string {
  const u = t.toUpperCase();
  if (/USERNAME|HANDLE/.test(u)) return 'OTHER';
  if (/EMAIL/.test(u)) return 'EMAIL';
  if (/PHONE|MOBILE|TELEPHONE|FAX/.test(u)) return 'PHONE';
  if (/IBAN/.test(u)) return 'IBAN';
  if (/BSN|CITIZEN_SERVICE/.test(u)) return 'BSN';
  if (/SSN|SOCIAL_SECURITY/.test(u)) return 'SSN|BSN';
  if (/NHS/.test(u)) return 'NHS_NUMBER';
  if (/MEDICARE|MEDICAID|MBI/.test(u)) return 'PATIENT_NUMBER';
  if (/BIRTH|DOB|^DATE$/.test(u)) return 'DATE_OF_BIRTH';
  if (/POSTCODE|POSTAL|ZIP|ADDRESS|STREET/.test(u)) return 'POSTCODE_ADDRESS';
  if (/MEDICAL_RECORD|MRN|PATIENT|NHS|HEALTH_INSURANCE|HOSPITAL/.test(u)) return 'PATIENT_NUMBER';
  // A name inside a labelled name+health span counts as finding that span.
  if (/NAME/.test(u)) return 'PERSON_HEALTH';
  return 'OTHER';
}

export function openRedaction(name: string, opts: ConstructorParameters<typeof OpenRedaction>[0]): System {
  const shared = new OpenRedaction(opts);
  return {
    name,
    async detect(rec) {
      // Same allow-list as ours, through its whitelist option.
      const allow = rec.org?.allow;
      const inst = allow ? new OpenRedaction({ ...opts, whitelist: [...allow.phones, ...allow.addresses, ...allow.staff.map((s) => s.name)] }) : shared;
      const res = await inst.detect(rec.text);
      return res.detections.map((d) => ({ type: mapOpenRedactionType(d.type), start: d.position[0], end: d.position[1] }));
    },
    blocks: (dets) => dets.length > 0,
  };
}

// redact-pii 3.4 ignores per-redactor replaceWith; it writes fixed upper-case labels instead.
const RP_TYPES: Record<string, string> = {
  PERSON_NAME: 'PERSON_HEALTH',
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  STREET_ADDRESS: 'POSTCODE_ADDRESS',
  ZIPCODE: 'POSTCODE_ADDRESS',
  // Nine digits: generous, it counts for the Dutch BSN as well.
  US_SOCIAL_SECURITY_NUMBER: 'SSN|BSN',
  DIGITS: '*NUM',
  CREDIT_CARD_NUMBER: 'OTHER',
  IP_ADDRESS: 'OTHER',
  USERNAME: 'OTHER',
  PASSWORD: 'OTHER',
  CREDENTIALS: 'OTHER',
  URL: 'OTHER',
};

/**
 * redact-pii only returns redacted text; spans are recovered by aligning the unchanged text
 * between its labels with the original.
 */
export function redactPii(): System {
  const keys = Object.keys(RP_TYPES);
  const redactor = new rp.SyncRedactor();
  const MARK_RE = new RegExp(keys.sort((a, b) => b.length - a.length).join('|'), 'g');
  return {
    name: 'redact-pii',
    detect(rec) {
      const out = redactor.redact(rec.text);
      const dets: Detection[] = [];
      const pieces: (string | number)[] = [];
      let last = 0;
      for (let m = MARK_RE.exec(out); m; m = MARK_RE.exec(out)) {
        pieces.push(out.slice(last, m.index), keys.indexOf(m[0]));
        last = m.index + m[0].length;
      }
      MARK_RE.lastIndex = 0;
      pieces.push(out.slice(last));
      let p = 0;
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (typeof piece === 'string') {
          const at = rec.text.indexOf(piece, p);
          p = at >= 0 ? at + piece.length : p;
          continue;
        }
        let j = i + 1;
        while (typeof pieces[j] === 'number') j++;
        const next = (pieces[j] as string | undefined) ?? '';
        const end = next === '' ? rec.text.length : rec.text.indexOf(next, p + 1);
        const e = end < 0 ? p + 1 : end;
        for (let k = i; k < j; k++) dets.push({ type: RP_TYPES[keys[pieces[k] as number]!]!, start: p, end: e });
        p = e;
        i = j - 1;
      }
      return dets;
    },
    blocks: (dets) => dets.length > 0,
  };
}
