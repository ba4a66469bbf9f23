import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import { found } from './helpers.ts';

describe('BSN', () => {
  it('blocks an elfproef-valid number next to a context word, in all common groupings', () => {
    expect(found('Het BSN is 123456782.', 'bsn')).toEqual([['block', '123456782']]);
    expect(found('burgerservicenummer: 1234.56.782', 'bsn')).toEqual([['block', '1234.56.782']]);
    expect(found('sofinummer 123 456 782', 'bsn')).toEqual([['block', '123 456 782']]);
  });
  it('warns for a valid number without context and for an invalid one with context', () => {
    expect(found('Referentie 123456782 voor de verzending.', 'bsn')).toEqual([['warn', '123456782']]);
    expect(found('BSN 123456789', 'bsn')).toEqual([['warn', '123456789']]);
  });
  it('ignores invalid numbers without context and parts of longer numbers', () => {
    expect(found('Ordernummer 123456789 is verzonden.', 'bsn')).toEqual([]);
    expect(found('Bel 0123456782 voor info', 'bsn')).toEqual([]);
  });
});

describe('IBAN', () => {
  it('blocks a personal account and only warns for a donation account', () => {
    expect(found('Stort het terug op NL91 ABNA 0417 1643 00 van Jan.', 'iban')).toEqual([['block', 'NL91 ABNA 0417 1643 00']]);
    expect(found('Geef op NL02ABNA0123456789 t.n.v. Stichting Inloophuis De Schakel.', 'iban')).toEqual([['warn', 'NL02ABNA0123456789']]);
  });
  it('ignores strings failing mod-97', () => {
    expect(found('Rekening NL91ABNA0417164301', 'iban')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('blocks a mobile number in every common notation', () => {
    for (const n of ['06-12345678', '06 1234 5678', '+31 6 12345678', '+31612345678']) {
      expect(found(`Bel Jan op ${n}.`, 'phone')).toEqual([['block', n]]);
    }
  });
  it('skips the organisation’s own numbers and service numbers', () => {
    const org = { allow: { phones: ['030 - 234 5678'] } };
    expect(found('Bel ons op 030-2345678.', 'phone', { org })).toEqual([]);
    expect(found('Bel ons op 088-1234567 of 0800-0123456.', 'phone')).toEqual([]);
  });
  it('warns for an organisation-looking landline that is not on the list', () => {
    expect(found('Bel onze receptie op 030-2345678.', 'phone')).toEqual([['warn', '030-2345678']]);
  });
  it('blocks a landline tied to a person and classifies international numbers', () => {
    expect(found('Haar nummer is 020-6123456.', 'phone')).toEqual([['block', '020-6123456']]);
    expect(found('Text his mobile +44 7911 123456', 'phone')).toEqual([['block', '+44 7911 123456']]);
  });
  it('does not read dates, amounts or short codes as phone numbers', () => {
    expect(found('Op 12-03-2026 om 14.00 uur, kosten 1.250 euro, code 1234-5678.', 'phone')).toEqual([]);
  });
});

describe('e-mail', () => {
  it('blocks personal addresses, not function addresses or the org’s domain', () => {
    expect(found('Mail naar anna.devries@gmail.com', 'email')).toEqual([['block', 'anna.devries@gmail.com']]);
    expect(found('Een vraag? Stuur hem aan info@ziekenhuis-west.nl', 'email')).toEqual([]);
    expect(found('Mail s.bakker@delinde.nl', 'email', { org: { allow: { domains: ['delinde.nl'] } } })).toEqual([]);
    expect(found('Mail info@gmail.com', 'email')).toEqual([['block', 'info@gmail.com']]);
  });
});

describe('postcode and address', () => {
  it('does not read doses or units as postcodes, nor the excluded SA/SD/SS', () => {
    expect(scanText('Neem maximaal 1000 mg per keer, of 1000 MG bij volwassenen. 1234 SS').findings).toEqual([]);
  });
  it('warns for a postcode alone and blocks postcode + house number', () => {
    expect(found('Alle cliënten in 3512 AB krijgen bericht.', 'postcode')).toEqual([['warn', '3512 AB']]);
    expect(found('Adres: 3512AB 14', 'address')).toEqual([['block', '3512AB 14']]);
  });
  it('blocks a home address and warns for a venue', () => {
    expect(found('Mevrouw Jansen woont aan de Dorpsstraat 12, 3512 AB Utrecht.', 'address')).toEqual([['block', 'Dorpsstraat 12, 3512 AB']]);
    expect(found('Locatie: wijkcentrum De Kern, Kerkstraat 4.', 'address')).toEqual([['warn', 'Kerkstraat 4']]);
    expect(found('He lives at 12 Mill Lane now.', 'address')).toEqual([['block', '12 Mill Lane']]);
  });
  it('skips the organisation’s own address', () => {
    const org = { allow: { addresses: ['Dorpsstraat 12, 3512 AB Utrecht'] } };
    expect(scanText('Kom langs op Dorpsstraat 12, 3512 AB Utrecht.', { org }).findings).toEqual([]);
  });
});

describe('date of birth', () => {
  it('blocks dates with birth context in Dutch and English forms', () => {
    expect(found('geb. 12-03-1951', 'date-of-birth')).toEqual([['block', '12-03-1951']]);
    expect(found("geboren op 12 mrt '84 in Zwolle", 'date-of-birth')).toEqual([['block', "12 mrt '84"]]);
    expect(found('DOB 1951-03-12', 'date-of-birth')).toEqual([['block', '1951-03-12']]);
    expect(found('born on March 12, 1950', 'date-of-birth')).toEqual([['block', 'March 12, 1950']]);
  });
  it('blocks a long-past date right after a name', () => {
    expect(found('Truus de Boer (14/02/1938) is jarig.', 'date-of-birth')).toEqual([['block', '14/02/1938']]);
  });
  it('leaves dates of events alone', () => {
    expect(found('Op 12 maart 2026 is de open dag; op 1 februari 1953 brak de dijk bij Ouderkerk.', 'date-of-birth')).toEqual([]);
    expect(found('Inloop 03-04-2026 van 14.00 tot 16.00 uur.', 'date-of-birth')).toEqual([]);
  });
});

describe('patient numbers, BIG and AGB', () => {
  it('blocks 6+ digit numbers after a record-number word', () => {
    expect(found('Patiëntnummer: 4829173', 'patient-number')).toEqual([['block', '4829173']]);
    expect(found('MRN Z123456 please call back', 'mrn')).toEqual([['block', 'Z123456']]);
    expect(found('dossiernummer 12345', 'patient-number')).toEqual([]);
  });
  it('warns for a BIG number with context unless it is the org’s own', () => {
    expect(found('BIG-nummer 19012345601', 'big-number')).toEqual([['warn', '19012345601']]);
    expect(found('BIG 19012345601', 'big-number', { org: { allow: { bigNumbers: ['19012345601'] } } })).toEqual([]);
    expect(found('Bestelnummer 19012345601', 'big-number')).toEqual([]);
  });
  it('warns for an AGB code only with the word AGB', () => {
    expect(found('AGB-code 01234567', 'agb')).toEqual([['warn', '01234567']]);
    expect(found('KvK 01234567', 'agb')).toEqual([]);
  });
});
