// Every failure code Zorgpost can store is said in Dutch and English by the web app (never the
// raw code), and the translation fills in the network's name and the next attempt's time.
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import { FAILURE_CODES } from '../../src/contracts/post.ts';
import { failureOf } from '../../src/features/publishing/failure-code.ts';
import { failureText } from '../../web/src/lib/failure.ts';
import { reasonText } from '../../web/src/lib/reason.ts';

describe('failure codes', () => {
  // Adapters and the engine can only write these (FailureCodeName is their type).
  it('has a Dutch and an English text for each', () => {
    const missing = FAILURE_CODES.filter((code) => !(code in nl.failure) || !(code in en.failure));
    expect(missing).toEqual([]);
  });

  it('says an unreachable network in Dutch with its name and the time of the next attempt, in the organisation zone', async () => {
    const t = i18n.createInstance();
    await t.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    const failure = failureOf(
      { kind: 'failed', reason: 'system:unreachable', retryable: true },
      { type: 'bluesky', name: 'Bluesky Zorg' },
      new Date('2026-11-28T09:32:00Z'),
    );
    expect(failure).toEqual({ code: 'network_unreachable', params: { network: 'bluesky', channel: 'Bluesky Zorg', retryAt: '2026-11-28T09:32:00.000Z' } });
    expect(failureText(t.t, failure, 'Europe/Amsterdam')).toBe('De server van Bluesky is niet bereikbaar. We proberen het om 10:32 opnieuw.');
    await t.changeLanguage('en');
    const login = failureOf(
      { kind: 'failed', reason: 'Bluesky login failed', retryable: false, code: 'credentials_refused' },
      { type: 'bluesky', name: 'Bluesky Zorg' },
      null,
    );
    expect(failureText(t.t, login, 'Europe/Amsterdam')).toBe(
      'Bluesky does not accept the login details: check the app password and reconnect the channel Bluesky Zorg.',
    );
    // The same, as kept on the channel (its last error).
    expect(reasonText(t.t, 'system:failure:credentials_refused:bluesky:Bluesky Zorg')).toBe(
      'Bluesky does not accept the login details: check the app password and reconnect the channel Bluesky Zorg.',
    );
  });
});
