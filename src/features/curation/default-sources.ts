// The trusted sources every organisation starts with (issue 15): public health, the GP guidance
// for patients and professionals, the WHO, the care institute and the professional associations.
// Feed addresses only where the source publishes one at a well-known address; the rest are
// trusted domains that an editor can give a feed later.
export interface DefaultSource {
  name: string;
  domain: string;
  feedUrl: string | null;
}

export const DEFAULT_SOURCES: readonly DefaultSource[] = [
  { name: 'RIVM', domain: 'rivm.nl', feedUrl: 'https://www.rivm.nl/nieuws/rss.xml' },
  { name: 'Thuisarts', domain: 'thuisarts.nl', feedUrl: 'https://www.thuisarts.nl/rss.xml' },
  { name: 'NHG', domain: 'nhg.org', feedUrl: null },
  { name: 'GGD GHOR Nederland', domain: 'ggdghor.nl', feedUrl: null },
  { name: 'WHO', domain: 'who.int', feedUrl: 'https://www.who.int/rss-feeds/news-english.xml' },
  { name: 'Zorginstituut Nederland', domain: 'zorginstituutnederland.nl', feedUrl: 'https://www.zorginstituutnederland.nl/rss' },
  { name: 'V&VN', domain: 'venvn.nl', feedUrl: null },
  { name: 'KNMG', domain: 'knmg.nl', feedUrl: null },
  { name: 'NVZ', domain: 'nvz-ziekenhuizen.nl', feedUrl: null },
  { name: 'ActiZ', domain: 'actiz.nl', feedUrl: null },
  { name: 'KNMP', domain: 'knmp.nl', feedUrl: null },
];
