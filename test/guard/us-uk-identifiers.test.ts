import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../src/guard/detectors/nhs-number.ts';
import { isIssuableSsn } from '../../src/guard/detectors/ssn.ts';
import { scanText } from '../../src/guard/scan-text.ts';
import { found } from './helpers.ts';

const en = { lang: 'en' as const };

describe('US Social Security number', () => {
  it('blocks the dashed form on its own and bare or spaced digits after an SSN word', () => {
    expect(found('Scanned intake sheet shows 231-56-4410 in the top corner.', 'ssn', en)).toEqual([['block', '231-56-4410']]);
    expect(found('Her SSN: 231564410, please shred the copy.', 'ssn', en)).toEqual([['block', '231564410']]);
    expect(found('social security number 231 56 4410 was read out on the call', 'ssn', en)).toEqual([['block', '231 56 4410']]);
  });
  it('skips ranges the SSA never issues', () => {
    for (const n of ['000-56-4410', '666-56-4410', '917-56-4410', '231-00-4410', '231-56-0000']) {
      expect(found(`SSN ${n} on the form`, 'ssn', en)).toEqual([]);
    }
    expect(isIssuableSsn('899', '01', '0001')).toBe(true);
    expect(isIssuableSsn('900', '01', '0001')).toBe(false);
  });
  it('leaves bare nine digits without an SSN word and mixed separators alone', () => {
    expect(found('Invoice 231564410 was paid on time.', 'ssn', en)).toEqual([]);
    expect(found('Code 231-56 4410 for the locker.', 'ssn', en)).toEqual([]);
  });
  it('outranks the BSN warning for the same nine digits', () => {
    // 111222333 passes the Dutch elfproef; next to "SSN" it is an SSN block, not a BSN warning.
    const res = scanText('Client SSN 111222333 is on the referral.', en);
    expect(res.findings.map((f) => [f.rule, f.severity])).toEqual([['ssn', 'block']]);
  });
});

describe('NHS number', () => {
  it('checks the mod-11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    // 000000006x needs check digit 10, which is never issued: no last digit makes it valid.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });
  it('blocks a valid number after the word NHS, bare or grouped', () => {
    expect(found('Transfer letter: NHS no. 943 476 5919, ward 7.', 'nhs-number', en)).toEqual([['block', '943 476 5919']]);
    expect(found('nhs number 9434765919 for the discharge summary', 'nhs-number', en)).toEqual([['block', '9434765919']]);
    expect(found('Discharge letter for 943 476 5919 (NHS) is ready.', 'nhs-number', en)).toEqual([['block', '943 476 5919']]);
  });
  it('warns for a valid grouped number without the word, and for a failing one with it', () => {
    expect(found('Please check 943 476 5919 against the list.', 'nhs-number', en)).toEqual([['warn', '943 476 5919']]);
    expect(found('NHS number 943 476 5918 was on the wristband.', 'nhs-number', en)).toEqual([['warn', '943 476 5918']]);
  });
  it('does not read Dutch phone numbers or ungrouped digits as NHS numbers', () => {
    expect(found('Bel de praktijk op 0612345678 of 030 234 5678.', 'nhs-number')).toEqual([]);
    expect(found('Reference 9434765919 for the parcel.', 'nhs-number', en)).toEqual([]);
    // Dashed 3-3-4 is a US phone number's shape; only with the word NHS is it read as one.
    expect(found('Call our Boston office on 943-476-5919.', 'nhs-number', en)).toEqual([]);
    expect(found('NHS 943-476-5919', 'nhs-number', en)).toEqual([['block', '943-476-5919']]);
  });
});

describe('medical record numbers', () => {
  it('blocks a number after MRN, medical record number, patient ID or Medicaid ID', () => {
    expect(found('MRN #00772145 needs a new wristband.', 'mrn', en)).toEqual([['block', '00772145']]);
    expect(found('Her medical record number is KH-5520193.', 'mrn', en)).toEqual([['block', 'KH-5520193']]);
    expect(found('Patient ID 3380-2291 still shows on the screenshot.', 'mrn', en)).toEqual([['block', '3380-2291']]);
    expect(found('Wrong Medicaid ID (77120934) entered at intake.', 'mrn', en)).toEqual([['block', '77120934']]);
  });
  it('needs both the word and enough digits', () => {
    expect(found('Room 4417 is the new quiet room.', 'mrn', en)).toEqual([]);
    expect(found('MRN 4417 is too short to be one.', 'mrn', en)).toEqual([]);
  });
  it('keeps Dutch record words in the patient-number rule', () => {
    expect(found('Dossiernummer 88123405 graag doorgeven.', 'patient-number')).toEqual([['block', '88123405']]);
    expect(found('Dossiernummer 88123405 graag doorgeven.', 'mrn')).toEqual([]);
  });
});

describe('Medicare Beneficiary Identifier', () => {
  it('blocks the 11-character format next to Medicare, dashed or not', () => {
    expect(found('Medicare number 3KF7-QW2-HN58 for the claim.', 'medicare-mbi', en)).toEqual([['block', '3KF7-QW2-HN58']]);
    expect(found('Her MBI is 3KF7QW2HN58.', 'medicare-mbi', en)).toEqual([['block', '3KF7QW2HN58']]);
  });
  it('warns for the bare format and rejects letters CMS never uses', () => {
    expect(found('Reference 3KF7QW2HN58 in the portal.', 'medicare-mbi', en)).toEqual([['warn', '3KF7QW2HN58']]);
    // S and O are never used; the first character is never 0.
    expect(found('Medicare 3SF7QW2HN58 and 0KF7QW2HN58 and 3KF7QO2HN58', 'medicare-mbi', en)).toEqual([]);
  });
});

describe('UK postcodes and addresses', () => {
  it('blocks a home address with a house number and postcode', () => {
    expect(found('Get-well cards for Mrs Hale: 27 Larch Grove, Harrogate HG1 4TX.', 'uk-address', en)).toEqual([
      ['block', '27 Larch Grove, Harrogate HG1 4TX'],
    ]);
    expect(found('He now lives at Flat 2, 8 Mill Rise, Bath BA2 3QT.', 'uk-address', en)).toEqual([['block', 'Flat 2, 8 Mill Rise, Bath BA2 3QT']]);
  });
  it('only warns for a venue, and for a postcode without a house number', () => {
    expect(found('Quiz night at the community centre, 3 Kirk Lane, Derby DE1 2AB.', 'uk-address', en)).toEqual([['warn', '3 Kirk Lane, Derby DE1 2AB']]);
    expect(found('We cover every street in LS6 2AB and around.', 'uk-address', en)).toEqual([['warn', 'LS6 2AB']]);
  });
  it("skips the organisation's own address and Dutch postcodes", () => {
    const org = { allow: { addresses: ['12 Quay Street, Bristol BS1 4DJ'] } };
    expect(found('Visit us at 12 Quay Street, Bristol BS1 4DJ.', 'uk-address', { lang: 'en', org })).toEqual([]);
    expect(found('Onze locatie zit op 3511 AB in Utrecht.', 'uk-address')).toEqual([]);
  });
});
