// The one interface every network implements. Generic code asks the registry for an adapter
// by the channel's type and never names a network itself; a network's limits are data here.
import type { ChannelLimits } from '../contracts/channel';
import type { FailureCodeName } from '../contracts/post';
import type { Outbound } from '../net/safe-fetch';
import type { ChannelAccess, FoundItem, InboundItem, InboundPage, PostFigures, ReplyRequest } from './reading';

export interface PublishMedia {
  id: string;
  mimeType: string;
  altText: string;
  read(): Promise<Buffer>;
  /** A public address of the file, for networks that fetch media themselves (Instagram); absent when the installation has none. */
  publicUrl?: string;
  /** What the networks' limits need (src/channels/media-rules.ts); absent for files stored before they were read. */
  fileName?: string;
  sizeBytes?: number;
  width?: number | null;
  height?: number | null;
  durationMs?: number | null;
}

export interface PublishRequest {
  postId: string;
  text: string;
  media: PublishMedia[];
  channel: { id: string; slug: string; orgSlug: string; settings: Record<string, unknown> };
  credentials: Record<string, unknown> | null;
  /** The only way an adapter may call a network (refuses private and metadata addresses, no redirects). */
  net: Outbound;
}

/** A failure's code and parameters, which the web app translates (see PostFailureSchema); `reason` stays technical. */
export interface FailureCode {
  code?: FailureCodeName;
  params?: Record<string, string | number>;
}

export type PublishOutcome =
  | { kind: 'published'; externalId: string; externalUrl: string | null }
  /** Nothing reached the network; safe to try again (after retryAfterMs when the network said so).
   *  channelProblem: the account itself was refused (credentials), not this post. */
  | ({ kind: 'failed'; reason: string; retryable: boolean; retryAfterMs?: number; channelProblem?: boolean } & FailureCode)
  /** The network may or may not have the post; never retry blindly. */
  | ({ kind: 'unknown'; reason: string } & FailureCode);

/** A field the person fills in to connect a channel; `secret` fields are encrypted at rest. */
export type { ConnectField } from '../contracts/channel';
import type { ConnectField } from '../contracts/channel';

export interface Connection {
  settings: Record<string, unknown>;
  credentials: Record<string, unknown> | null;
}

/** The network refused or could not check the connection details; the message says why.
 *  `unreachable`: the address is refused or cannot be reached (the person sees a generic text on `field`).
 *  `key`: a server message key (src/i18n) that says to the person why, where the reason is ours to tell. */
export class ConnectError extends Error {
  constructor(
    message: string,
    readonly problem?: { unreachable: true; field: string },
    readonly key?: string,
  ) {
    super(message);
  }
}

export interface ChannelAdapter extends ReadingCapabilities {
  readonly type: string;
  readonly limits: ChannelLimits;
  /** This channel's own limits where they differ per account (a Mastodon instance's). Default: `limits`. */
  limitsFor?(settings: Record<string, unknown>): ChannelLimits;
  readonly needsCredentials: boolean;
  /** Sending the same post twice cannot create a second copy on the network (e.g. a record key derived from our id). */
  readonly idempotent: boolean;
  publish(req: PublishRequest): Promise<PublishOutcome>;
  /** Reads the account to learn whether a post whose outcome is unknown arrived. */
  findPublished?(req: Omit<PublishRequest, 'text' | 'media'>): Promise<{ externalId: string; externalUrl: string | null } | null>;
  remove(req: { externalId: string; settings: Record<string, unknown>; credentials: Record<string, unknown> | null; net: Outbound }): Promise<void>;
  readonly connectFields: ConnectField[];
  /**
   * False while the network's own connect flow (its login page, page selection) is not built: the
   * channels screen does not offer the type, so nobody is asked to paste a raw token.
   */
  readonly offeredOnScreen?: boolean;
  /** Checks the details with the network (e.g. logs in) and splits them into settings and secrets.
   *  Throws ConnectError (with the field at fault) when the details are refused. */
  connect(input: Record<string, string>, net: Outbound): Promise<Connection>;
  /** The channel serves public feeds (RSS, Atom, JSON Feed and their media) at /feeds/{org}/{channel}. */
  readonly publicFeed: boolean;
  /** The settings as shown to a person; managers may see more than readers. Default: all settings. */
  viewSettings?(settings: Record<string, unknown>, viewer: { manager: boolean }): Record<string, unknown>;
  /** Public addresses this channel serves, if any. */
  links(channel: { slug: string; orgSlug: string }, publicUrl: string): { label: string; url: string }[];
}

/** Optional reading capabilities; generic code checks one exists before it offers it for a channel. */
export interface ReadingCapabilities {
  /** Replies, comments, mentions, quotes (and direct messages where the network has them) newer than `cursor`. */
  fetchInbound?(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage>;
  /** Sends an answer to an inbound item; the outcome has the same shape as a publication's. */
  reply?(req: ReplyRequest): Promise<PublishOutcome>;
  /** Reads the account to learn whether an answer whose outcome was unknown arrived: the answer, null when
   *  certainly absent; throws when it cannot tell. Without it, an unknown answer is resent only where
   *  the adapter is `idempotent` (the network deduplicates, e.g. Mastodon's Idempotency-Key). */
  findReply?(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null>;
  /** Whether `reply` can answer privately on this network. */
  readonly privateReplies?: boolean;
  /** Where a private answer to a public item is bounded (Meta's Private Replies): only these kinds of item, only this long
   *  after the item was written, and (oncePerItem) one per item. Absent: any item, any time, any number (Mastodon). */
  readonly privateReplyLimits?: { kinds: readonly InboundItem['kind'][]; withinMs: number; oncePerItem: boolean };
  /** A direct message (kind `message`) may be answered only this long after the person's last message (Meta: 24 hours). */
  readonly messageWindowMs?: number;
  /** Past `messageWindowMs`, how long after the person's last message a direct message may still be answered as a staff
   *  member's own answer (Meta: the HUMAN_AGENT tag, 7 days, only for an app granted that permission); null: not here.
   *  A function: it depends on the installation's settings. */
  taggedMessageWindowMs?(): number | null;
  /** How often the engine reads a channel of this network (ms), kept to the network's rate limits; default a minute. */
  readonly inboundPollMs?: number;
  /** Public figures of our published posts (by their external ids), batched as the network allows. */
  readFigures?(req: ChannelAccess & { externalIds: string[] }): Promise<PostFigures[]>;
  /** The account's follower count now, if the network gives it. */
  readFollowers?(req: ChannelAccess): Promise<number | null>;
  /** Posts matching a search text, newest first, newer than `cursor`. */
  search?(req: ChannelAccess & { query: string; cursor: string | null }): Promise<{ items: FoundItem[]; cursor: string | null }>;
}
