// The data of what an adapter can read back from its network (the optional capabilities in
// channel-adapter.ts): reactions for the inbox, public figures for measuring, search for listening.
import type { FigureCounts } from '../domain/metrics-figures';
import type { Outbound } from '../net/safe-fetch';

export interface ChannelAccess {
  settings: Record<string, unknown>;
  credentials: Record<string, unknown> | null;
  /** The only way an adapter may call a network. */
  net: Outbound;
}

/** A reaction to the organisation on a network. */
export interface InboundItem {
  /** The network's id of the item (Bluesky: its at:// URI); stored unique per channel. */
  externalId: string;
  kind: 'reply' | 'mention' | 'quote' | 'comment' | 'message';
  /** The root of the conversation, so a thread is kept together (our post's id for replies to it). */
  threadExternalId: string;
  /** What it answers directly, if anything. */
  parentExternalId: string | null;
  author: { externalId: string; handle: string; displayName: string | null };
  text: string;
  /** BCP-47 language the network reports, if any. */
  lang: string | null;
  /** A public address to open the item on the network, if it has one. */
  url: string | null;
  /** When the author wrote it (ISO 8601, UTC). */
  createdAt: string;
  /** Files sent with it (a direct message's photo, voice note, sticker) that the inbox does not show; absent: none. */
  attachments?: number;
}

/** Why a channel cannot be read (or read only in part), for the person to act on (src/contracts/channel.ts). */
export type { ReadingBlocked } from '../contracts/channel';
import type { ReadingBlocked } from '../contracts/channel';

export interface InboundPage {
  items: InboundItem[];
  /** Opaque; handed back on the next call to fetch only what is newer. */
  cursor: string | null;
  /** True when a backlog remains that one call did not cover: call again (with `cursor`) soon. False: the
   *  network is read up to now, no second call this turn. Absent: the engine calls again until a page brings nothing. */
  more?: boolean;
  /** Read, but not all of it: e.g. the comments came and the direct messages were refused for lack of a permission. */
  blocked?: ReadingBlocked;
}

/** A read failed; `retryAfterMs` when the network said when to come back (429 / Retry-After).
 *  channelProblem: the grant itself was refused (reconnect), not a passing fault; blocked: why, for the channels screen
 *  (absent: `revoked` for a channel problem, `other` for any other lasting refusal, nothing for a passing fault). */
export class ChannelReadError extends Error {
  constructor(
    message: string,
    readonly opts: { retryable: boolean; retryAfterMs?: number; channelProblem?: boolean; blocked?: ReadingBlocked } = { retryable: true },
  ) {
    super(message);
  }
}

export type ReplyRequest = ChannelAccess & {
  /** Our id of the answer; adapters derive an idempotency key from it (a repeat cannot duplicate). */
  replyId: string;
  /** The item answered. `kind` and `parentExternalId` (optional, as stored) let a network that nests only one
   *  level deep (Facebook, Instagram, LinkedIn) answer a reply under its parent, and tell a mention from a comment. */
  to: {
    externalId: string;
    threadExternalId: string;
    authorHandle: string;
    kind?: InboundItem['kind'];
    parentExternalId?: string | null;
    /** The author's id on the network (a direct message goes to it). */
    authorExternalId?: string;
    /** A direct message: when the person last wrote in the conversation (ISO 8601), for the network's answer window. */
    lastMessageAt?: string;
    /** When the item was written (ISO 8601), for a network that bounds private answers to it in time. */
    writtenAt?: string;
  };
  text: string;
  /** Answer privately (direct message) instead of under the item; only where the network has it. */
  private: boolean;
};

/** A post's public figures at one moment; absent figures are null (the network does not give them). */
export interface PostFigures extends FigureCounts {
  externalId: string;
}

/** A post found by a listening query. */
export interface FoundItem {
  externalId: string;
  author: { externalId: string; handle: string; displayName: string | null };
  text: string;
  lang: string | null;
  url: string | null;
  createdAt: string;
}
