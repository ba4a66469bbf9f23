// The Mastodon contract server's notification pages as a sequence (ids, types, status ids, Link
// headers with the server's address blanked), to compare the server before and after a change:
// `npx tsx bench/fake-mastodon-sequence.ts > a.txt`, change, run again, `cmp` the two.
import { createHash } from 'node:crypto';
import { startFakeMastodon } from '../test/support/fake-mastodon.ts';

const N = Number(process.env.SEQ_ITEMS ?? 3000);
const fake = await startFakeMastodon();
const token = fake.issueToken();
let ours = fake.mention({ acct: 'x@zorg.social', text: 'root' });
for (let i = 0; i < N; i++) {
  if (i % 7 === 3) fake.quote({ acct: `q${i}@zorg.social`, text: `quote ${i}`, quotedId: ours.id, alsoMentions: i % 2 === 0 });
  else if (i % 11 === 5) ours = fake.mention({ acct: `r${i}@zorg.social`, text: `reply ${i}`, inReplyToId: ours.id });
  else fake.mention({ acct: `p${i}@zorg.social`, text: `text ${i}` });
}
const out: string[] = [];
async function page(query: string): Promise<{ ids: string[]; link: string | null }> {
  const res = await fetch(`${fake.url}/api/v1/notifications?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { id: string; type: string; status: { id: string } | null }[];
  const link = res.headers.get('link')?.replaceAll(fake.url, 'URL') ?? null;
  out.push(`${query} -> ${res.status} [${body.map((n) => `${n.id}:${n.type}:${n.status?.id ?? '-'}`).join(',')}] ${link}`);
  return { ids: body.map((n) => n.id), link };
}
const both = 'types[]=mention&types[]=quote';
// The adapter's walk: min_id from the start, 80 a page, until an empty page.
for (let cursor = '0'; ; ) {
  const { ids } = await page(`${both}&limit=80&min_id=${cursor}`);
  if (!ids.length) break;
  cursor = ids[0]!;
}
// Newest first by the next links (max_id), both type sets, a few limits.
for (const [types, limit] of [
  [both, '80'],
  ['', '40'],
  ['types[]=quote', '25'],
  [both, '200'],
  ['', 'abc'],
] as const) {
  let query = `${types}&limit=${limit}`;
  for (let i = 0; i < 400; i++) {
    const { link } = await page(query);
    const next = link && /<URL\/api\/v1\/notifications\?([^>]+)>; rel="next"/.exec(link)?.[1];
    if (!next) break;
    query = next;
  }
}
// Edges: no limit, since/min/max together, a status id as cursor, cursors past either end.
for (const q of [
  '',
  both,
  `${both}&since_id=500`,
  `${both}&since_id=500&max_id=900`,
  `${both}&min_id=500&max_id=900&limit=80`,
  `${both}&min_id=101`,
  `${both}&max_id=101`,
  `${both}&min_id=99999999`,
  `${both}&max_id=5`,
  `${both}&min_id=10&since_id=700&limit=3`,
  `types[]=favourite`,
  `types[]=quote&min_id=0&limit=80`,
  `limit=0`,
  `limit=-5`,
  `${both}&max_id=1000&min_id=1000`,
])
  await page(q);
await fake.stop();
const text = out.join('\n');
console.log(`${out.length} pages, sha256 ${createHash('sha256').update(text).digest('hex')}`);
if (process.env.SEQ_PRINT) console.log(text);
