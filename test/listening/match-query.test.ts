import { describe, expect, it } from 'vitest';
import { dedupe, dedupeKeys, emptyQuery, type ListeningQuery, matchQuery, normaliseUrl, parseQuery } from '../../src/listening/match-query.ts';

const q = (over: Partial<ListeningQuery>): ListeningQuery => ({ ...emptyQuery(), ...over });

describe('matchQuery', () => {
  it('matches keywords as whole words, whatever the case or diacritics', () => {
    const query = q({ keywords: ['cliënt', 'zorg'] });
    expect(matchQuery(query, { text: 'Elke CLIENT verdient aandacht' })).toEqual({ matched: true, terms: ['cliënt'] });
    expect(matchQuery(query, { text: 'De zorg, eerlijk gezegd, was prima.' }).terms).toEqual(['zorg']);
    expect(matchQuery(query, { text: 'De zorgverzekeraar betaalt niet' }).matched).toBe(false);
    expect(matchQuery(q({ keywords: ['zorg*'] }), { text: 'De zorgverzekeraar betaalt niet' }).matched).toBe(true);
  });

  it('matches hashtags with and without #, both ways', () => {
    const withHash = q({ hashtags: ['#Wachtlijst'] });
    expect(matchQuery(withHash, { text: 'Weer een #wachtlijst van een jaar' }).matched).toBe(true);
    expect(matchQuery(withHash, { text: 'Die wachtlijst is te lang' }).matched).toBe(true);
    expect(matchQuery(q({ keywords: ['wachtlijst'] }), { text: 'Schandalig #WACHTLIJST' }).matched).toBe(true);
    expect(matchQuery(withHash, { text: 'wachtlijsten overal' }).matched).toBe(false);
  });

  it('matches phrases in order and across punctuation, not scattered words', () => {
    const query = q({ phrases: ['lang wachten'] });
    expect(matchQuery(query, { text: 'Weer lang... wachten vannacht, SEH Zuid' }).matched).toBe(true);
    expect(matchQuery(query, { text: 'Wachten duurde lang' }).matched).toBe(false);
  });

  it('matches mentions by handle, on Bluesky and Mastodon', () => {
    const query = q({ mentions: ['@Rivierenland'] });
    expect(matchQuery(query, { text: 'Vraag aan @rivierenland.bsky.social: waar is de ingang?' }).matched).toBe(true);
    expect(matchQuery(query, { text: 'cc @rivierenland@zorg.social' }).matched).toBe(true);
    expect(matchQuery(query, { text: 'cc @rivierenlandfan' }).matched).toBe(false);
    expect(matchQuery(query, { text: 'Rivierenland is mooi' }).matched).toBe(false);
  });

  it('matches organisation names as words and as a run-together hashtag', () => {
    const query = q({ orgNames: ['Zorggroep Rivierenland'] });
    expect(matchQuery(query, { text: 'Bij zorggroep rivierenland gaat het mis' }).matched).toBe(true);
    expect(matchQuery(query, { text: 'Dank #ZorggroepRivierenland!' }).matched).toBe(true);
    expect(matchQuery(query, { text: 'Een zorggroep in het rivierenland' }).matched).toBe(false);
  });

  it('leaves out exclusions and other languages, and says why', () => {
    const query = q({ keywords: ['verpleeghuis'], exclude: ['vacature', 'open dag'], languages: ['nl'] });
    expect(matchQuery(query, { text: 'Vacature: verzorgende in ons verpleeghuis', lang: 'nl' })).toMatchObject({ matched: false, excludedBy: 'vacature' });
    expect(matchQuery(query, { text: 'Open  dag in het verpleeghuis', lang: 'nl' })).toMatchObject({ matched: false, excludedBy: 'open dag' });
    expect(matchQuery(query, { text: 'The verpleeghuis in Tiel', lang: 'en' })).toMatchObject({ matched: false, excludedBy: 'lang:en' });
    expect(matchQuery(query, { text: 'Het verpleeghuis in Tiel' })).toMatchObject({ matched: false, excludedBy: 'lang:unknown' });
    expect(matchQuery(query, { text: 'Het verpleeghuis in Tiel', lang: 'nl' }).matched).toBe(true);
  });
});

describe('parseQuery', () => {
  it('reads words, phrases, hashtags, mentions, organisation names, exclusions and languages', () => {
    expect(parseQuery('thuiszorg "lang wachten" #wachtlijst @rivierenland org:"Zorggroep Rivierenland" -vacature -"open dag" lang:nl')).toEqual({
      keywords: ['thuiszorg'],
      phrases: ['lang wachten'],
      hashtags: ['#wachtlijst'],
      mentions: ['@rivierenland'],
      orgNames: ['Zorggroep Rivierenland'],
      exclude: ['vacature', 'open dag'],
      languages: ['nl'],
    });
  });
});

describe('dedupe across sources', () => {
  it('treats the same URL (tracking, case, slash, fragment aside) as one item', () => {
    expect(normaliseUrl('http://WWW.Example.nl/nieuws/item/?utm_source=x&b=2&a=1#top')).toBe('https://example.nl/nieuws/item?a=1&b=2');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    const a = { text: 'Nieuw bericht', url: 'https://example.nl/a?utm_medium=feed' };
    const b = { text: 'Ander opschrift', url: 'https://example.nl/a/' };
    expect(dedupe([a, b])).toEqual([a]);
  });

  it('treats the same text by the same author as one item, not the same text by someone else', () => {
    const bsky = { text: 'Wéér  een uur aan de lijn gehangen bij de huisartsenpost', author: '@anna', url: 'https://bsky.app/profile/anna/post/1' };
    const masto = { text: 'weer een uur aan de lijn gehangen bij de huisartsenpost', author: 'Anna', url: 'https://zorg.social/@anna/2' };
    const other = { ...masto, author: '@bram', url: 'https://zorg.social/@bram/3' };
    expect(dedupe([bsky, masto, other])).toEqual([bsky, other]);
    expect(dedupeKeys({ text: 'zonder auteur of link' })).toEqual([]);
  });
});
