import { describe, expect, it } from 'vitest';
import { camelCase, splitWords } from '../../src/guard/detectors/hashtags.ts';
import { guardVerdict, scanText } from '../../src/guard/scan-text.ts';
import { found } from './helpers.ts';

describe('prescription-only medicines', () => {
  it('blocks promotion and only informs for neutral mentions', () => {
    expect(found('Afvallen met Ozempic? Nu verkrijgbaar in onze webshop!', 'prescription-medicine')).toEqual([['block', 'Ozempic']]);
    expect(found('Gebruikt u apixaban? Neem uw medicijnlijst mee naar de afspraak.', 'prescription-medicine')).toEqual([['info', 'apixaban']]);
    expect(found('Bij hoofdpijn helpt paracetamol, nu in de aanbieding.', 'prescription-medicine')).toEqual([]);
  });
});

describe('partnerships', () => {
  it('warns for an undisclosed partnership and accepts a disclosed one', () => {
    expect(found('Met kortingscode ZORG10 krijgt u 10% op de bloeddrukmeter.', 'partnership')).toHaveLength(1);
    expect(found('In samenwerking met Philips: met kortingscode ZORG10 10% korting. #ad', 'partnership')).toEqual([]);
  });
});

describe('links', () => {
  it('trusts the default sources, GGD domains and the org’s domains', () => {
    expect(found('Zie https://www.thuisarts.nl/griep en www.ggdhm.nl of rivm.nl.', 'link')).toEqual([]);
    expect(found('Lees meer op delinde.nl/nieuws', 'link', { org: { allow: { domains: ['delinde.nl'] } } })).toEqual([]);
  });
  it('warns for other sources, and not for e-mail domains', () => {
    expect(found('Wondermiddel: https://gezond-nieuws.info/artikel!', 'link')).toEqual([['warn', 'https://gezond-nieuws.info/artikel']]);
    expect(found('Mail info@ziekenhuis.nl', 'link')).toEqual([]);
  });
});

describe('readability', () => {
  it('gives an info finding for a long, hard text and nothing for plain language', () => {
    const hard =
      'Implementatie van multidisciplinaire behandelprotocollen ter optimalisering van de continuïteit van zorgverlening ' +
      'vereist intensieve samenwerking tussen verschillende zorgprofessionals, waarbij communicatieve vaardigheden en ' +
      'organisatorische randvoorwaarden essentieel zijn voor succesvolle implementatie.';
    expect(found(hard, 'readability')).toHaveLength(1);
    expect(found(hard, 'readability')[0]![0]).toBe('info');
    const easy =
      'Het is koud. Zet de kachel aan. Drink warme thee. Trek een trui aan. Blijf niet te lang buiten. ' +
      'Bel ons als u hulp nodig hebt. Wij komen graag bij u langs. Dat doen we elke dag.';
    expect(found(easy, 'readability')).toEqual([]);
  });
});

describe('alt text and hashtags', () => {
  it('warns for each image without alt text', () => {
    const res = scanText('Onze nieuwe tuin!', { media: [{ altText: 'Tuin met bankjes' }, { altText: '' }, {}] });
    expect(res.findings.filter((f) => f.rule === 'alt-text').map((f) => f.message.nl)).toEqual([
      'Afbeelding of video 2 heeft geen alt-tekst.',
      'Afbeelding of video 3 heeft geen alt-tekst.',
    ]);
    expect(res.verdict).toBe('warn');
  });
  it('splits multi-word hashtags and suggests CamelCase', () => {
    expect(splitWords('gezondouderworden')).toEqual(['gezond', 'ouder', 'worden']);
    expect(camelCase(['gezond', 'ouder', 'worden'])).toBe('GezondOuderWorden');
    const f = scanText('Doe mee! #gezondouderworden').findings.find((x) => x.rule === 'hashtag-camelcase');
    expect(f?.fix.nl).toBe('Vervang door #GezondOuderWorden.');
    expect(f?.severity).toBe('info');
  });
  it('leaves CamelCase, single-word and unsplittable hashtags alone', () => {
    expect(found('#GezondOuderWorden #mantelzorg #xqzvbnmlk', 'hashtag-camelcase')).toEqual([]);
  });
});

describe('language, severities and verdict', () => {
  it('detects Dutch and English', () => {
    expect(scanText('Wij staan voor u klaar, ook op zondag.').lang).toBe('nl');
    expect(scanText('We are here for you, also at the weekend.').lang).toBe('en');
  });
  it('applies the org’s severity overrides, including off', () => {
    const text = 'Bel Jan op 06-12345678.';
    expect(scanText(text).verdict).toBe('block');
    expect(scanText(text, { org: { severities: { phone: 'warn' } } }).verdict).toBe('warn');
    expect(scanText(text, { org: { severities: { phone: 'off' } } }).findings).toEqual([]);
  });
  it('gives every finding a message and a fix in both languages', () => {
    const res = scanText('Mevrouw Jansen (geb. 12-03-1951), BSN 123456782, ligt op de IC; bel 06-12345678.');
    expect(res.verdict).toBe('block');
    for (const f of res.findings) {
      expect(f.message.nl.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.fix.nl.length).toBeGreaterThan(10);
      expect(f.fix.en.length).toBeGreaterThan(10);
    }
  });
  it('guardVerdict: block beats warn beats info', () => {
    const f = (severity: 'block' | 'warn' | 'info') => ({ rule: 'x', severity, start: 0, end: 0, message: { nl: '', en: '' }, fix: { nl: '', en: '' } });
    expect(guardVerdict([f('info')])).toBe('ok');
    expect(guardVerdict([f('info'), f('warn')])).toBe('warn');
    expect(guardVerdict([f('warn'), f('block')])).toBe('block');
  });
  it('scans a 3,000-character text quickly', () => {
    const text = 'Mevrouw de Vries woont in Zwolle en wandelt graag. '.repeat(60).slice(0, 3000);
    scanText(text);
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) scanText(text);
    expect((performance.now() - t0) / 5).toBeLessThan(50); // generous: shared CI machines
  });
});
