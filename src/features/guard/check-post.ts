// Runs the privacy guard over everything a post would send: the base text, each channel's own
// text and the media's alt texts. Used at submission, approval and publication; the composer
// runs the same engine live in the browser.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { media, organisations, postMedia, postVariants, channels } from '../../db/schema';
import { scanText } from '../../guard/scan-text';
import type { GuardOrgSettings, GuardResult } from '../../guard/types';
import { AppError } from '../errors';
import type { OrgScope } from '../org-scope';
import type { PostRow } from '../posts/find-post';

export interface PostGuardPart {
  /** 'base' or the channel's id. */
  part: string;
  label: string;
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
  files: { altText: string }[];
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
      .select({ altText: media.altText })
      .from(postMedia)
      .innerJoin(media, eq(media.id, postMedia.mediaId))
      .where(and(eq(postMedia.postId, post.id), eq(postMedia.orgId, scope.orgId))),
  ]);
  return judgePost(post, { settings, variants, files });
}

/** The guard's verdict on a post whose parts are already loaded (the publishing engine has them). */
export function judgePost(post: PostRow, { settings, variants, files }: GuardInput): PostGuardReport {
  const scan = (text: string) => scanText(text, { kind: 'post', org: settings, media: files });
  const contentHash = createHash('sha256')
    .update(JSON.stringify([post.baseText, variants.map((v) => [v.channelId, v.text]), files.map((f) => f.altText)]))
    .digest('hex');
  const parts: PostGuardPart[] = [{ part: 'base', label: '', result: scan(post.baseText) }];
  for (const v of variants) {
    if (v.text !== null) parts.push({ part: v.channelId, label: v.name, result: scan(v.text) });
  }
  const verdicts = parts.map((p) => p.result.verdict);
  const verdict = verdicts.includes('block') ? 'block' : verdicts.includes('warn') ? 'warn' : 'ok';
  return { verdict, parts, contentHash, overridden: verdict === 'block' && post.guardOverrideHash === contentHash };
}

/** Refuses to go on with a post the guard blocks, unless an approver overrode this version. */
export async function assertGuardPasses(scope: OrgScope, post: PostRow, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const report = await checkPost(scope, post);
  if (report.verdict !== 'block' || report.overridden) return;
  const details = report.parts.flatMap((p) =>
    p.result.findings
      .filter((f) => f.severity === 'block')
      .map((f) => ({ path: p.part === 'base' ? 'baseText' : `variants.${p.part}`, message: f.message[lang] })),
  );
  throw new AppError(422, 'guard_blocked', {}, details);
}
