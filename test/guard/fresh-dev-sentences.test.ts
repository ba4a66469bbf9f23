import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/guard/scan-text.ts';
import { type Case, KNOWN_MISSES, POST_BLOCK, POST_OK, REPLY_BLOCK, REPLY_OK } from './fresh-dev-sentences.ts';

function verdict([text, kind]: Case): string {
  return scanText(text, { kind }).verdict === 'block' ? 'block' : 'ok';
}

describe('fresh development sentences (issue 8, second round)', () => {
  it.each(REPLY_BLOCK)('reply confirming care is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(REPLY_OK)('general reply is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  it.each(POST_BLOCK)('post with a person and health is blocked: %s', (...c) => expect(verdict(c)).toBe('block'));
  it.each(POST_OK)('post without a patient is not blocked: %s', (...c) => expect(verdict(c)).toBe('ok'));
  // Fails (as expected) while the miss stands; when it starts passing, move the case to POST_OK.
  if (KNOWN_MISSES.length > 0) it.fails.each(KNOWN_MISSES)('known miss: %s', (...c) => expect(verdict(c)).toBe(c[2]));
});

describe('why the new replies block', () => {
  const reply = { kind: 'reply' as const };
  const rules = (text: string) =>
    scanText(text, reply)
      .findings.filter((f) => f.severity === 'block')
      .map((f) => f.rule);
  it('reads a status of their care, a colleague who will call, a look into their file', () => {
    expect(rules('hi becky, ur test results r back, the gp will call u later today')).toContain('patient-confirmation');
    expect(rules('Hey Sophie, de gynaecoloog neemt morgen contact met je op over de echo.')).toContain('patient-confirmation');
    expect(rules('Hoi Ilse, we hebben naar je dossier gekeken en een collega neemt vandaag contact met je op.')).toContain('patient-confirmation');
    expect(rules('Wij hebben uw klacht bekeken, meneer Dekker: de arts die u behandelde belt u deze week.')).toContain('patient-confirmation');
  });
  it('does not treat a colleague calling about something else as care', () => {
    expect(rules('Hoi Ruben, sorry voor de parkeerboete, een collega van facilitair belt je morgen.')).toEqual([]);
  });
});
