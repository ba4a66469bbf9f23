// For engine tests: a marker in the text stands in for what the classifier recognises, so a test of
// the engine's handling of a crisis does not depend on the classifier. Used from a vi.mock factory:
//   vi.mock('../../src/triage/triage.ts', async (real) => (await import('../support/crisis-marker.ts')).withCrisisMarker(await real()));
import type * as Triage from '../../src/triage/triage.ts';

export const CRISIS_MARKER = '[crisis]';

export function withCrisisMarker(real: typeof Triage): typeof Triage {
  return {
    ...real,
    triageText: (text: string, lang?: 'nl' | 'en') =>
      text.includes(CRISIS_MARKER) ? { category: 'crisis', urgent: true, lang: lang ?? 'nl' } : real.triageText(text, lang),
  };
}
