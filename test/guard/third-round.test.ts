import { describe, expect, it } from 'vitest';
import { generate } from '../../eval/guard/generate-corpus.ts';
import { holdoutFamilies, stratum } from '../../eval/guard/split.ts';
import { GuardSettingsSchema } from '../../src/contracts/guard.ts';
import { scanText } from '../../src/guard/scan-text.ts';
import type { Case } from './fresh-dev-sentences.ts';
import { found } from './helpers.ts';
import {
  DUTCH_BLOCK_3,
  DUTCH_OK_3,
  KNOWN_MISSES_3,
  POST_BLOCK_3,
  POST_BLOCK_3B,
  POST_OK_3,
  POST_OK_3B,
  POST_OK_3C,
  REPLY_BLOCK_3,
  REPLY_OK_3,
} from './third-round-sentences.ts';

function verdict([text, kind]: Case): string {
  return scanText(text, { kind }).verdict === 'block' ? 'block' : 'ok';
}

describe('third-round development sentences (issue 8)', () => {
  it.each(REPLY_BLOCK_3)('reply confirming care is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(REPLY_OK_3)('general reply is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(POST_BLOCK_3)('post with a person and health is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(POST_OK_3)('post without a patient is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(POST_OK_3B)('post with only public or own details is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(DUTCH_BLOCK_3)('blocked: %s (%s)', (...c) => expect(verdict(c)).toBe('block'));
  it.each(DUTCH_OK_3)('not blocked: %s (%s)', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(POST_OK_3C)('post about staff or supporters is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(POST_BLOCK_3B)('post with a personal identifier is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  // Fails (as expected) while the miss stands; when it starts passing, move the case to REPLY_BLOCK_3.
  it.fails.each(KNOWN_MISSES_3)('known miss: %s', (...c) => expect(verdict(c)).toBe(c[2]));
});

describe('why replies confirm care', () => {
  const reply = { kind: 'reply' as const };
  const rule = 'patient-confirmation';
  it('marks the whole clause that confirms it', () => {
    expect(found('Hi Marcus, your results are in and the nurse will go through them with you.', rule, reply)).toEqual([
      ['block', 'your results are in and the nurse will go through them with you'],
    ]);
    expect(found('De fysiotherapeut ziet je volgende week dinsdag weer.', rule, reply)).toEqual([
      ['block', 'De fysiotherapeut ziet je volgende week dinsdag weer'],
    ]);
  });
  it('reads health news about the person answered by name as a confirmation too', () => {
    const rules = scanText('Hope the new inhaler is helping, Steph!', reply).findings.map((f) => f.rule);
    expect(rules).toContain('patient-confirmation');
    expect(rules).toContain('person-with-health');
  });
  it('a result of something else, or our own equipment, is no one’s care', () => {
    expect(found('Hi Paul, the results of the staff awards are in, congratulations to ward 5!', rule, reply)).toEqual([]);
    expect(found('Our new MRI scanner is ready and the first patients will be seen on Monday.', rule, reply)).toEqual([]);
  });
  it('only applies to replies', () => {
    expect(found('The physio will see you again next Tuesday.', rule)).toEqual([]);
  });
});

describe('identifiers of the third round', () => {
  it('a phone number in the shape of an SSN is not an SSN', () => {
    expect(found('Call our helpline at 555-01-2345 for more.', 'ssn')).toEqual([]);
    expect(found('Her number: SSN 555-01-2345.', 'ssn')).toHaveLength(1);
  });
  it('reads US dates of birth (month first) and English month abbreviations', () => {
    expect(found('DOB 03/14/1952.', 'date-of-birth')).toEqual([['block', '03/14/1952']]);
    expect(found('DOB: Mar 14 1952', 'date-of-birth')).toEqual([['block', 'Mar 14 1952']]);
    expect(found('b. 14 Mar 1952', 'date-of-birth')).toEqual([['block', '14 Mar 1952']]);
    expect(found('Order 03/14/2026 shipped', 'date-of-birth')).toEqual([]);
  });
  it('reads UK and North American phone numbers next to a person', () => {
    expect(found('Text Dave on 07911-123456 about the lift.', 'phone')).toEqual([['block', '07911-123456']]);
    expect(found('Her son’s cell is 555-867-5309.', 'phone')).toEqual([['block', '555-867-5309']]);
    expect(found('Call the ward on 0161 276 1234 to ask about visiting.', 'phone')).toEqual([['warn', '0161 276 1234']]);
    expect(found('Call 1-800-555-0199 for free advice.', 'phone')).toEqual([]);
  });
  it('reads record and Medicaid numbers after a # sign', () => {
    expect(found('Chart # 7734521 left at nursing station.', 'mrn')).toEqual([['block', '7734521']]);
    expect(found('Medicaid # 123456789012 was faxed to the wrong office.', 'mrn')).toEqual([['block', '123456789012']]);
  });
  it('the organisation’s own IBAN on the allow-list is not reported; another account still is', () => {
    const org = { allow: { ibans: ['NL91 ABNA 0417 1643 00'] } };
    expect(found('Steun ons: NL91ABNA0417164300.', 'iban', { org })).toEqual([]);
    expect(found('Steun ons: NL91ABNA0417164300.', 'iban')).toHaveLength(1);
    expect(found('Terugstorten op NL20INGB0001234567 graag.', 'iban', { org })).toEqual([['block', 'NL20INGB0001234567']]);
  });
  it('the settings contract takes the own IBANs (optional, as before) and refuses an empty line', () => {
    expect(GuardSettingsSchema.parse({ allow: { ibans: ['NL91 ABNA 0417 1643 00'] } }).allow?.ibans).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(GuardSettingsSchema.parse({ allow: { phones: [] } }).allow?.ibans).toBeUndefined();
    expect(GuardSettingsSchema.safeParse({ allow: { ibans: ['  '] } }).success).toBe(false);
  });
});

describe('development-only corpus families', () => {
  const records = generate();
  it('are never in the holdout, and the holdout is what the split of the other families gives', () => {
    const dev3 = records.filter((r) => r.family.includes(':dev3-'));
    expect(dev3.length).toBeGreaterThan(300);
    expect(dev3.filter((r) => r.split !== 'dev')).toEqual([]);
    const strata = new Map<string, Set<string>>();
    for (const r of records) {
      if (r.family.includes(':dev3-')) continue;
      strata.set(r.family, new Set([...(strata.get(r.family) ?? []), ...r.entities.map((e) => e.type)]));
    }
    const held = holdoutFamilies(new Map([...strata].map(([f, t]) => [f, stratum(t)])));
    expect(new Set(records.filter((r) => r.split === 'holdout').map((r) => r.family))).toEqual(held);
  });
});
