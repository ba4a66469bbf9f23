import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import { tokenize } from '../../src/guard/tokenize.ts';
import { DUTCH_OK_4, REPLY_BLOCK_4, STORY_BLOCK_4 } from './fourth-round-sentences.ts';
import type { Case } from './fresh-dev-sentences.ts';
import { found } from './helpers.ts';

function verdict([text, kind]: Case): string {
  return scanText(text, { kind, lang: 'nl' }).verdict === 'block' ? 'block' : 'ok';
}

describe('fourth-round development sentences (issue 8, Dutch)', () => {
  it.each(STORY_BLOCK_4)('patient story is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(REPLY_BLOCK_4)('reply confirming care is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(DUTCH_OK_4)('not blocked: %s (%s)', (...c) => expect(verdict(c)).toBe('ok'));
});

describe('fourth-round identifiers and tokens', () => {
  it('a time such as 16.00 does not end a sentence', () => {
    const toks = tokenize('Ophalen kan om 16.00 uur bij de balie. Daarna niet.');
    const sentOf = (w: string) => toks.find((t) => t.text === w)!.sent;
    expect(sentOf('uur')).toBe(sentOf('Ophalen'));
    expect(sentOf('Daarna')).toBe(sentOf('Ophalen') + 1);
  });

  it('an EPD number and a client number a few words after its word are patient numbers', () => {
    expect(found('Noem bij het bellen uw EPD-nummer 5510294.', 'patient-number')).toEqual([['block', '5510294']]);
    expect(found('Uw cliëntnummer bij de wijkverpleging is 8830217.', 'patient-number')).toEqual([['block', '8830217']]);
  });

  it('an address blocks when the text says someone lives there after it', () => {
    expect(found('Al weken staat er een fiets voor Lindelaan 41. Meneer Ter Beek die daar woont weet niet van wie.', 'address')).toEqual([
      ['block', 'Lindelaan 41'],
    ]);
  });

  it("the digits of the org's own IBAN are not a phone number", () => {
    const text = 'Giften voor het hospice zijn welkom op NL67 RABO 0318 4410 22.';
    expect(scanText(text, { org: { allow: { ibans: ['NL67RABO0318441022'] } } }).findings.filter((f) => f.rule === 'phone')).toEqual([]);
  });
});

describe('the Dutch development situations', () => {
  it('are tuning data in the situations format, about half of them should block', () => {
    const recs = readFileSync(new URL('../../eval/guard/dev-situations-nl.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { lang: string; split: string; verdict: string; entities: unknown[] });
    expect(recs.length).toBeGreaterThanOrEqual(150);
    expect(recs.every((r) => r.lang === 'nl' && r.split === 'dev')).toBe(true);
    const blocks = recs.filter((r) => r.verdict === 'block');
    expect(blocks.every((r) => r.entities.length > 0)).toBe(true);
    expect(blocks.length / recs.length).toBeGreaterThan(0.4);
    expect(blocks.length / recs.length).toBeLessThan(0.6);
  });
});
