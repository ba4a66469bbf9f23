// Runs the privacy guard over everything a post would send: the base text, each channel's own
// text and the alt text of every attached image (it is published too: in feeds, on Bluesky, in
// webhooks). Used at submission, approval and publication; the composer runs the same engine
// live in the browser.
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { media, organisations, postMedia, postVariants, channels } from '../../db/schema';
import { postContentKey, type PostContent } from '../../domain/post-content';
import { scanText } from '../../guard/scan-text';
import type { GuardOrgSettings, GuardResult } from '../../guard/types';
import { AppError } from '../errors';
import type { OrgScope } from '../org-scope';
import type { PostRow } from '../posts/find-post';
import { guardBlocks } from './guard-blocks';
import { consentFindings, loadConsentCheck, type ConsentCheck } from '../consent/consent-check';

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

export async function orgGuardSettings(scope: OrgScope): Promise<GuardOrgSettings> {
  const [row] = await scope.db.select({ s: organisations.guardSettings }).from(organisations).where(eq(organisations.id, scope.orgId));
  return row?.s ?? {};
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

/** The hash an approver's override is bound to: every text and alt text, and which media. */
export function postContentHash(content: PostContent): string {
  return createHash('sha256').update(postContentKey(content)).digest('hex');
}

export async function checkPost(scope: OrgScope, post: PostRow): Promise<PostGuardReport> {
  const [settings, variants, files] = await Promise.all([
    orgGuardSettings(scope),
    scope.db
      .select({ channelId: postVariants.channelId, text: postVariants.text, name: channels.name })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(postVariants.postId, post.id), eq(postVariants.orgId, scope.orgId))),
    scope.db
      .select({ id: media.id, altText: media.altText })
      .from(postMedia)
      .innerJoin(media, eq(media.id, postMedia.mediaId))
      .where(and(eq(postMedia.postId, post.id), eq(postMedia.orgId, scope.orgId)))
      .orderBy(asc(postMedia.position)),
  ]);
  // Consent must hold when the post goes out: at its planned time, or now when it has none.
  const consent = await loadConsentCheck(
    scope,
    files.map((f) => f.id),
    variants,
    post.scheduledAt ?? new Date(),
  );
  return judgePost(post, { settings, variants, files, consent });
}

/** The guard's verdict on a post whose parts are already loaded (the publishing engine has them). */
export function judgePost(post: PostRow, { settings, variants, files, consent }: GuardInput): PostGuardReport {
  const scan = (text: string) => scanText(text, { kind: 'post', org: settings, media: files });
  const contentHash = postContentHash({ baseText: post.baseText, variants, media: files });
  const parts: PostGuardPart[] = [{ part: 'base', label: '', result: scan(post.baseText) }];
  for (const v of variants) {
    if (v.text !== null) parts.push({ part: v.channelId, label: v.name, result: scan(v.text) });
  }
  // Alt text leaves with the post: the same rules, without the "no alt text" check of the post.
  files.forEach((f, i) => {
    parts.push({ part: `media:${f.id}`, label: '', image: { id: f.id, number: i + 1 }, result: scanText(f.altText, { kind: 'post', org: settings }) });
    const people = consentFindings(consent, f.id);
    if (people.length) parts.push({ part: `people:${f.id}`, label: '', image: { id: f.id, number: i + 1 }, result: verdictOf(people) });
  });
  const verdicts = parts.map((p) => p.result.verdict);
  const verdict = verdicts.includes('block') ? 'block' : verdicts.includes('warn') ? 'warn' : 'ok';
  // A missing consent is not the approver's to waive: the person never agreed.
  const consentBlocked = parts.some((p) => p.result.findings.some((f) => f.rule === 'consent_missing'));
  return { verdict, parts, contentHash, overridden: verdict === 'block' && !consentBlocked && post.guardOverrideHash === contentHash };
}

function verdictOf(findings: GuardResult['findings']): GuardResult {
  const v = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'ok';
  return { verdict: v, lang: 'nl', findings };
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
