// Runs the privacy guard over everything a post would send: the base text, each channel's own
// text and the alt text of every attached image (it is published too: in feeds, on Bluesky, in
// webhooks). Used at submission, approval and publication; the composer runs the same engine
// live in the browser.
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema';
import { guardInputHash, postContentHash } from '../../domain/content-hash';
import { scanText } from '../../guard/scan-text';
import type { GuardOrgSettings, GuardResult } from '../../guard/types';
import { trustedDomains, withTrustedDomains } from '../curation/trusted-domains';
import { AppError } from '../errors';
import type { OrgScope } from '../org-scope';
import type { PostRow } from '../posts/find-post';
import { loadPostParts } from '../posts/load-post-parts';
import { guardBlocks } from './guard-blocks';
import { LruCache } from './verdict-cache';

export { postContentHash };
import { consentFindings, loadConsentCheck, type ConsentCheck } from '../consent/consent-check';
import type { ConsentPurpose } from '../../contracts/consent';

export interface PostGuardPart {
  /** 'base', the channel's id, or 'media:<id>' for an image's alt text. */
  part: string;
  /** The channel's name for a channel's own text; empty otherwise. */
  label: string;
  /** For an alt text: which image (1 = the first attached). */
  image?: { id: string; number: number };
  result: GuardResult;
}

export interface PostGuardReport {
  verdict: GuardResult['verdict'];
  parts: PostGuardPart[];
  /** An approver overrode the block for exactly this content. */
  overridden: boolean;
  contentHash: string;
}

/** The guard's input for the organisation: its settings, with its trusted sources as the allowed domains. */
export async function orgGuardSettings(scope: OrgScope): Promise<GuardOrgSettings> {
  const [row] = await scope.db
    .select({ s: organisations.guardSettings, domains: trustedDomains() })
    .from(organisations)
    .where(eq(organisations.id, scope.orgId));
  return withTrustedDomains(row?.s, row?.domains ?? []);
}

/** Everything the guard reads of a post besides its base text. */
export interface GuardInput {
  settings: GuardOrgSettings;
  variants: { channelId: string; text: string | null; name: string }[];
  /** The attached media in the order they are sent. */
  files: { id: string; altText: string }[];
  /** Who the images show and whether they consented (src/features/consent/consent-check.ts). */
  consent?: ConsentCheck;
}

export async function checkPost(scope: OrgScope, post: PostRow): Promise<PostGuardReport> {
  const [settings, parts] = await Promise.all([orgGuardSettings(scope), loadPostParts(scope.db, [post.id], scope.orgId)]);
  const { variants: loaded, media } = parts.get(post.id) ?? { variants: [], media: [] };
  const variants = loaded.map(({ variant, channel }) => ({ channelId: channel.id, text: variant.text, name: channel.name }));
  const files = media.map((m) => ({ id: m.id, altText: m.altText }));
  // Consent must hold when the post goes out: at its planned time, or now when it has none.
  const consent = await loadConsentCheck(
    scope,
    files.map((f) => f.id),
    variants,
    post.scheduledAt ?? new Date(),
    post.purpose as ConsentPurpose,
  );
  return judgePost(post, { settings, variants, files, consent });
}

type Verdict = Pick<PostGuardReport, 'verdict' | 'parts' | 'contentHash'>;
const verdicts = new LruCache<Verdict>(2_000);

/** How many scans the cache saved, and how many it could not (tests and the benchmark read these). */
export const guardCacheStats = { hits: 0, misses: 0 };

/**
 * The guard's verdict on a post whose parts are already loaded; each content version is scanned
 * once. Consent is not part of the content: it is checked on every call, after the cached scan.
 */
export function judgePost(post: Pick<PostRow, 'baseText' | 'guardOverrideHash'>, input: GuardInput): PostGuardReport {
  const content = { baseText: post.baseText, variants: input.variants, media: input.files };
  const key = guardInputHash(content, input.settings, input.variants);
  let found = verdicts.get(key);
  if (found) guardCacheStats.hits++;
  else {
    guardCacheStats.misses++;
    found = scanPost(post.baseText, input);
    verdicts.set(key, found);
  }
  const people: PostGuardPart[] = [];
  input.files.forEach((f, i) => {
    const findings = consentFindings(input.consent, f.id);
    if (findings.length) people.push({ part: `people:${f.id}`, label: '', image: { id: f.id, number: i + 1 }, result: verdictOf(findings) });
  });
  const parts = [...found.parts, ...people];
  const verdict = overall(parts);
  // A missing consent is not the approver's to waive: the person never agreed.
  const consentBlocked = people.some((p) => p.result.findings.some((f) => f.rule === 'consent_missing'));
  return { verdict, parts, contentHash: found.contentHash, overridden: verdict === 'block' && !consentBlocked && post.guardOverrideHash === found.contentHash };
}

function overall(parts: PostGuardPart[]): PostGuardReport['verdict'] {
  const all = parts.map((p) => p.result.verdict);
  return all.includes('block') ? 'block' : all.includes('warn') ? 'warn' : 'ok';
}

function verdictOf(findings: GuardResult['findings']): GuardResult {
  const v = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'ok';
  return { verdict: v, lang: 'nl', findings };
}

function scanPost(baseText: string, { settings, variants, files }: GuardInput): Verdict {
  const scan = (text: string) => scanText(text, { kind: 'post', org: settings, media: files });
  const contentHash = postContentHash({ baseText, variants, media: files });
  const parts: PostGuardPart[] = [{ part: 'base', label: '', result: scan(baseText) }];
  for (const v of variants) {
    if (v.text !== null) parts.push({ part: v.channelId, label: v.name, result: scan(v.text) });
  }
  // Alt text leaves with the post: the same rules, without the "no alt text" check of the post.
  files.forEach((f, i) => {
    parts.push({ part: `media:${f.id}`, label: '', image: { id: f.id, number: i + 1 }, result: scanText(f.altText, { kind: 'post', org: settings }) });
  });
  return { verdict: overall(parts), parts, contentHash };
}

/** Where a finding is, in the terms of the post's API fields ("media.0.altText": the first image). */
function partPath(p: PostGuardPart): string {
  if (p.part === 'base') return 'baseText';
  if (p.image) return `media.${p.image.number - 1}.${p.part.startsWith('people:') ? 'people' : 'altText'}`;
  return `variants.${p.part}`;
}

/** Refuses to go on with a post the guard blocks, unless an approver overrode this version. */
export async function assertGuardPasses(scope: OrgScope, post: PostRow, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const report = await checkPost(scope, post);
  if (report.verdict !== 'block' || report.overridden) return;
  guardBlocks.inc({ stage: 'workflow' });
  const details = report.parts.flatMap((p) =>
    p.result.findings.filter((f) => f.severity === 'block').map((f) => ({ path: partPath(p), message: f.message[lang] })),
  );
  throw new AppError(422, 'guard_blocked', {}, details);
}
