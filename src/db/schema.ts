// The relational model. Every table that belongs to an organisation carries `org_id`;
// queries reach those tables only through the organisation scope (src/features/org-scope.ts).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { GuardOrgSettings } from '../guard/types';
import type { InboxOrgSettings } from '../contracts/inbox-settings';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
  locale: text('locale').notNull().default('nl'),
  // The privacy guard's organisation settings: severities and allow-lists (src/guard/types.ts).
  guardSettings: jsonb('guard_settings').$type<GuardOrgSettings>().notNull().default({}),
  // Crisis mode: while set, nothing of this organisation leaves (src/features/crisis).
  pausedAt: timestamp('paused_at', { withTimezone: true }),
  pausedBy: uuid('paused_by'),
  // The inbox's organisation settings (migration 0020): replies need approval, crisis region, phone, working hours.
  inboxSettings: jsonb('inbox_settings').$type<InboxOrgSettings>().notNull().default({}),
  // The default trusted sources were added once (migration 0027; src/features/curation/seed-sources.ts).
  sourcesSeeded: boolean('sources_seeded').notNull().default(false),
  // The default campaign templates were added once (migration 0032; src/features/campaigns/seed-templates.ts).
  campaignTemplatesSeeded: boolean('campaign_templates_seeded').notNull().default(false),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('nl'),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie value: a leaked database row cannot be replayed as a cookie.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_key_at_idx').on(t.key, t.at)],
);

// One-time links an admin makes for a member who forgot their password (only the hash is kept).
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The organisation whose admin made the link.
    orgId: orgRef(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

// An admin invites an e-mail address with a role; the one-time link (hash kept) lets the person
// create an account or, with an account, join by logging in.
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    orgId: orgRef(),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_idx').on(t.tokenHash), index('invitations_org_idx').on(t.orgId, t.email)],
);

export const channels = pgTable(
  'channels',
  {
    id: id(),
    orgId: orgRef(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    // AES-256-GCM ciphertext of the network credentials (src/features/secrets.ts).
    credentials: text('credentials'),
    // Set when the network refused the channel itself (e.g. a revoked app password); cleared on reconnect.
    lastError: text('last_error'),
    // The network asked us to slow down (HTTP 429): no post goes to this channel before then.
    throttledUntil: timestamp('throttled_until', { withTimezone: true }),
    // OAuth channels: when the access token expires; the engine refreshes it before then under a lease (src/features/channels/token-refresh.ts).
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    refreshLeaseOwner: text('refresh_lease_owner'),
    refreshLeaseUntil: timestamp('refresh_lease_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('channels_org_slug_idx').on(t.orgId, t.slug)],
);

export const media = pgTable(
  'media',
  {
    id: id(),
    orgId: orgRef(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Videos: the duration in milliseconds (migration 0026). */
    durationMs: integer('duration_ms'),
    altText: text('alt_text').notNull(),
    storageKey: text('storage_key').notNull(),
    // The uploader says the image shows people: without anyone tagged the guard reminds (migration 0010).
    showsPeople: boolean('shows_people').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  // The library's keyset order, newest first (migration 0009).
  (t) => [index('media_org_created_id_idx').on(t.orgId, t.createdAt, t.id)],
);

export const posts = pgTable(
  'posts',
  {
    id: id(),
    orgId: orgRef(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    baseText: text('base_text').notNull(),
    status: text('status').notNull().default('draft'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    // Set when the planned wall-clock time needed the daylight-saving rule (src/domain/local-time.ts).
    scheduledNote: text('scheduled_note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    failureReason: text('failure_reason'),
    // The same failure as a code with parameters the web app translates (migration 0012).
    failure: jsonb('failure').$type<{ code: string; params: Record<string, string | number> }>(),
    // An approver's written override of a privacy block holds only for the exact content it was
    // given for: a hash of every text and alt text the guard checked.
    guardOverrideHash: text('guard_override_hash'),
    // Publishing engine: a retry's time (null: the planned time), attempts so far, and the lease
    // of the worker that claimed the post (an expired lease is taken over by another worker).
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    // Set when crisis mode held the post back; cleared when an editor decides what happens to it.
    heldAt: timestamp('held_at', { withTimezone: true }),
    // A repeat ("post again at another time to reach other people") points at its original;
    // a post placed by an evergreen queue also records the queue and the slot it fills.
    repeatOf: uuid('repeat_of'),
    queueId: uuid('queue_id'),
    queueSlotAt: timestamp('queue_slot_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Free labels the calendar filters on (migration 0013).
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    // Who the post waits on in its approval chain now (migration 0014).
    waitingFor: uuid('waiting_for').array().notNull().default(sql`'{}'::uuid[]`),
    // What the post is for (src/contracts/consent.ts CONSENT_PURPOSES): the consent its people need (migration 0018).
    purpose: text('purpose').notNull().default('publication'),
    // The campaign the post belongs to (migration 0028; the foreign key is in the SQL).
    campaignId: uuid('campaign_id'),
    // Planned by the quick route by someone who may schedule: the final approval schedules it (migration 0032).
    scheduleWhenApproved: boolean('schedule_when_approved').notNull().default(false),
  },
  (t) => [
    index('posts_org_campaign_idx').on(t.orgId, t.campaignId).where(sql`"campaign_id" IS NOT NULL`),
    index('posts_labels_idx').using('gin', t.labels),
    index('posts_waiting_for_idx').using('gin', t.waitingFor),
    // The post list's keyset order within an organisation (migration 0009).
    index('posts_org_scheduled_id_idx').on(t.orgId, t.scheduledAt, t.id),
    // The newest change of an organisation's posts: the live-state version (migration 0012).
    index('posts_org_updated_idx').on(t.orgId, t.updatedAt),
    index('posts_held_idx').on(t.orgId, t.scheduledAt, t.id).where(sql`${t.heldAt} is not null`),
    index('posts_due_idx').on(sql`coalesce(${t.nextAttemptAt}, ${t.scheduledAt})`).where(sql`${t.status} = 'scheduled'`),
    index('posts_lease_idx').on(t.leaseExpiresAt).where(sql`${t.status} in ('publishing', 'unconfirmed')`),
    // One post per queue slot, however many workers fill the queue at once.
    uniqueIndex('posts_queue_slot_idx').on(t.queueId, t.queueSlotAt),
  ],
);

export const postVariants = pgTable(
  'post_variants',
  {
    id: id(),
    orgId: orgRef(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    // null: the channel uses the post's base text.
    text: text('text'),
    externalId: text('external_id'),
    externalUrl: text('external_url'),
    // Stored before the network is called: a variant with this set but not published may have
    // reached the network and must be reconciled, never blindly sent again.
    publishStartedAt: timestamp('publish_started_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // Taken off the network afterwards (a withdrawn consent): no longer in feeds or takedown lists.
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('post_variants_post_channel_idx').on(t.postId, t.channelId),
    // The measuring engine finds newly published variants (migration 0021).
    index('post_variants_published_idx').on(t.publishedAt).where(sql`${t.publishedAt} is not null`),
  ],
);

export const postMedia = pgTable(
  'post_media',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
    orgId: orgRef(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.mediaId] })],
);

// Every change to a post: the history shown on the post's page.
export const postEvents = pgTable(
  'post_events',
  {
    id: id(),
    orgId: orgRef(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_events_post_idx').on(t.postId, t.at)],
);

// The organisation's append-only audit trail. Each row carries the hash of the previous row of
// the same organisation, so a removed or altered row breaks the chain (tamper-evident).
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    orgId: orgRef(),
    seq: integer('seq').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('audit_events_org_seq_idx').on(t.orgId, t.seq), index('audit_events_org_actor_idx').on(t.orgId, t.actorId, t.seq)],
);

// Evergreen queues: approved posts that come back in weekly time slots.
export const queues = pgTable('queues', {
  id: id(),
  orgId: orgRef(),
  name: text('name').notNull(),
  // Weekly slots in the organisation's time zone: ISO weekday 1 (Monday) to 7 and "HH:mm".
  slots: jsonb('slots').$type<{ weekday: number; time: string }[]>().notNull().default([]),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const queueItems = pgTable(
  'queue_items',
  {
    queueId: uuid('queue_id')
      .notNull()
      .references(() => queues.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.postId] })],
);

// Installation-wide, not per organisation: each running worker says it is alive, so /readyz
// on any web process can tell whether posts will go out.
export const workerHeartbeats = pgTable('worker_heartbeats', {
  workerId: text('worker_id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
});

// The consent register (migration 0010): the people who may appear in media, what each agreed to
// (per channel and purpose, for a period), the signed forms, and which media show whom.
export const consentPeople = pgTable(
  'consent_people',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    // client, resident, colleague or guest (src/contracts/consent.ts)
    kind: text('kind').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('consent_people_org_name_idx').on(t.orgId, t.name, t.id)],
);

// A signed form, encrypted at rest in the data folder (src/features/consent/consent-files.ts).
export const consentFiles = pgTable(
  'consent_files',
  {
    id: id(),
    orgId: orgRef(),
    personId: uuid('person_id')
      .notNull()
      .references(() => consentPeople.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('consent_files_person_idx').on(t.personId)],
);

export const consents = pgTable(
  'consents',
  {
    id: id(),
    orgId: orgRef(),
    personId: uuid('person_id')
      .notNull()
      .references(() => consentPeople.id, { onDelete: 'cascade' }),
    // null: every channel of the organisation.
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    fileId: uuid('file_id').references(() => consentFiles.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    // The "consent expiring" notification went out (once per consent).
    expiryNotifiedAt: timestamp('expiry_notified_at', { withTimezone: true }),
  },
  (t) => [index('consents_person_idx').on(t.personId), index('consents_org_until_idx').on(t.orgId, t.validUntil).where(sql`${t.withdrawnAt} is null`)],
);

// A publication to take off its network after a consent was withdrawn (migration 0018): retried
// with a lease and a bounded number of attempts (src/features/consent/takedowns.ts).
export const takedowns = pgTable(
  'takedowns',
  {
    id: id(),
    orgId: orgRef(),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => postVariants.id, { onDelete: 'cascade' }),
    // pending (to try, or to try again), done, failed (given up: attempts used).
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    // The network's answer, shown to the people on the consent screen (never in the audit trail).
    lastError: text('last_error'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('takedowns_consent_variant_idx').on(t.consentId, t.variantId),
    index('takedowns_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

export const mediaPeople = pgTable(
  'media_people',
  {
    mediaId: uuid('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => consentPeople.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.personId] }), index('media_people_person_idx').on(t.personId)],
);

// Notifications in the app (the bell) and, through the mail outbox, by e-mail (migration 0010).
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    // none: in the app only; queued: a mail of its own is in the outbox; digest: waits for the daily digest; digested.
    mail: text('mail').notNull().default('none'),
    /** The digest mail that carried it (src/features/notifications/withdraw-mail.ts). */
    digestMailId: uuid('digest_mail_id').references((): AnyPgColumn => mailOutbox.id, { onDelete: 'set null' }),
    /** Its mail of its own while queued: withdrawn unsent when the notice is settled (settle-notices.ts). */
    mailId: uuid('mail_id').references((): AnyPgColumn => mailOutbox.id, { onDelete: 'set null' }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.orgId, t.createdAt, t.id),
    index('notifications_digest_idx').on(t.userId).where(sql`${t.mail} = 'digest'`),
    index('notifications_digest_mail_idx').on(t.digestMailId).where(sql`${t.digestMailId} is not null`),
    index('notifications_mail_idx').on(t.mailId).where(sql`${t.mailId} is not null`),
  ],
);

export const notificationSettings = pgTable('notification_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  mutedKinds: jsonb('muted_kinds').$type<string[]>().notNull().default([]),
  email: boolean('email').notNull().default(true),
  digest: boolean('digest').notNull().default(false),
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
});

// Mails waiting to be sent, claimed with a lease like posts (src/features/notifications/send-mail.ts).
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organisation it is about: sent only while the person is still its member. Null: about none, or several. */
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    lang: text('lang').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    index('mail_outbox_unsent_user_idx').on(t.userId, t.orgId).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
  ],
);

/** One step of an approval chain (src/domain/approval-chain.ts). */
export interface ApprovalStepRow {
  roles: string[];
  people: string[];
  mode: 'any' | 'all';
  includesTime: boolean;
}

// Approval chains: the organisation's (channel_id null) and a channel's own; migration 0014.
export const approvalChains = pgTable(
  'approval_chains',
  {
    id: id(),
    orgId: orgRef(),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'cascade' }),
    steps: jsonb('steps').$type<ApprovalStepRow[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('approval_chains_org_channel_idx').on(t.orgId, sql`(coalesce(${t.channelId}, '00000000-0000-0000-0000-000000000000'::uuid))`)],
);

/** A step approved by one person for exactly this content (and time, when the step says so). */
export const postApprovals = pgTable(
  'post_approvals',
  {
    id: id(),
    orgId: orgRef(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contentHash: text('content_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_approvals_post_idx').on(t.postId)],
);

/** A returning approver's comment on a passage: 'base' or a channel's id, offsets into that text. */
export const postComments = pgTable(
  'post_comments',
  {
    id: id(),
    orgId: orgRef(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    part: text('part').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    quote: text('quote').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('post_comments_post_idx').on(t.postId)],
);

// A pending OAuth connection (src/features/channels/oauth-state.ts): single use, bound to session and organisation.
export const oauthStates = pgTable(
  'oauth_states',
  {
    stateHash: text('state_hash').primaryKey(),
    orgId: orgRef(),
    sessionHash: text('session_hash')
      .notNull()
      .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
    channelType: text('channel_type').notNull(),
    // Sealed (secrets box): PKCE verifier, per-instance client credentials.
    payload: text('payload').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('oauth_states_expires_idx').on(t.expiresAt)],
);

// The organisation's pre-publication checklist (migration 0015); no row: the default set from
// the professional guidelines (src/domain/default-checklist.ts).
export const checklists = pgTable('checklists', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  questions: jsonb('questions').$type<{ id: string; nl: string; en: string }[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// What an approver confirmed before approving, for exactly this content: the questions as they
// read then, with the answers.
export const checklistConfirmations = pgTable(
  'checklist_confirmations',
  {
    id: id(),
    orgId: orgRef(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    approverId: uuid('approver_id').references(() => users.id, { onDelete: 'set null' }),
    contentHash: text('content_hash').notNull(),
    answers: jsonb('answers').$type<{ id: string; nl: string; en: string; confirmed: boolean }[]>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('checklist_confirmations_key_idx').on(t.postId, t.approverId, t.contentHash)],
);

// The inbox (migration 0020): reactions read from the networks, one row per network item and channel.
export const inboxItems = pgTable(
  'inbox_items',
  {
    id: id(),
    orgId: orgRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    kind: text('kind').notNull(),
    threadKey: text('thread_key').notNull(),
    parentExternalId: text('parent_external_id'),
    authorExternalId: text('author_external_id').notNull(),
    authorHandle: text('author_handle').notNull(),
    authorName: text('author_name'),
    text: text('text').notNull(),
    // Files that came with a direct message and are not shown (0033).
    attachments: smallint('attachments').notNull().default(0),
    lang: text('lang'),
    url: text('url'),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    // Our published post it reacts to, when the thread's root is one.
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    category: text('category').notNull().default('other'),
    // A person's correction of the category: kept over any re-triage (0035).
    categorySetBy: uuid('category_set_by').references(() => users.id, { onDelete: 'set null' }),
    categorySetAt: timestamp('category_set_at', { withTimezone: true }),
    urgent: boolean('urgent').notNull().default(false),
    sentiment: text('sentiment').notNull().default('neutral'),
    sentimentScore: real('sentiment_score').notNull().default(0),
    state: text('state').notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    // The response-time target (dueAt) and when to warn the assignee that it nears (warnAt).
    dueAt: timestamp('due_at', { withTimezone: true }),
    warnAt: timestamp('warn_at', { withTimezone: true }),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    // When the people on duty were told of this (urgent) item: once, whichever worker stored it (0025).
    dutyNotifiedAt: timestamp('duty_notified_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('inbox_items_channel_external_idx').on(t.channelId, t.externalId),
    index('inbox_items_org_newest_idx').on(t.orgId, t.writtenAt.desc(), t.id.desc()),
    index('inbox_items_org_urgent_idx').on(t.orgId, t.urgent.desc(), t.writtenAt.desc(), t.id.desc()),
    index('inbox_items_org_state_idx').on(t.orgId, t.state, t.urgent.desc(), t.writtenAt.desc(), t.id.desc()),
    index('inbox_items_org_assignee_idx').on(t.orgId, t.assigneeId, t.urgent.desc(), t.writtenAt.desc(), t.id.desc()),
    index('inbox_items_org_category_idx').on(t.orgId, t.category, t.urgent.desc(), t.writtenAt.desc(), t.id.desc()),
    index('inbox_items_thread_idx').on(t.channelId, t.threadKey, t.writtenAt),
    index('inbox_items_labels_idx').using('gin', t.labels),
    index('inbox_items_open_idx').on(t.orgId, t.urgent, t.id).where(sql`${t.state} <> 'done'`),
    index('inbox_items_warn_idx').on(t.warnAt).where(sql`${t.warnedAt} is null and ${t.firstResponseAt} is null and ${t.state} <> 'done'`),
    index('inbox_items_duty_idx').on(t.receivedAt).where(sql`${t.urgent} and ${t.dutyNotifiedAt} is null`),
  ],
);

/** Who has read which item (the unread counts). */
export const inboxReads = pgTable(
  'inbox_reads',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);

export const inboxNotes = pgTable(
  'inbox_notes',
  {
    id: id(),
    orgId: orgRef(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('inbox_notes_item_idx').on(t.itemId, t.createdAt)],
);

export const inboxTemplates = pgTable(
  'inbox_templates',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    lang: text('lang').notNull().default('nl'),
    // Offered first for an item of this kind: 'crisis' (the referral), 'medical' (continue privately).
    purpose: text('purpose'),
    private: boolean('private').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inbox_templates_org_idx').on(t.orgId, t.name)],
);

// Answers to inbox items: awaiting_approval → planned → sending (leased) → sent | failed.
export const inboxReplies = pgTable(
  'inbox_replies',
  {
    id: id(),
    orgId: orgRef(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    private: boolean('private').notNull().default(false),
    status: text('status').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    externalId: text('external_id'),
    externalUrl: text('external_url'),
    failure: text('failure'),
    // The approval chain's steps approved for this text (src/domain/approval-chain.ts StepApproval).
    approvals: jsonb('approvals').$type<{ step: number; userId: string; contentHash: string }[]>().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('inbox_replies_item_idx').on(t.itemId, t.createdAt),
    index('inbox_replies_due_idx').on(t.dueAt).where(sql`${t.status} = 'planned'`),
    index('inbox_replies_lease_idx').on(t.leaseExpiresAt).where(sql`${t.status} = 'sending'`),
  ],
);

// Per channel: where inbound reading stands (cursor) and who reads it now (lease).
export const inboxPollState = pgTable(
  'inbox_poll_state',
  {
    channelId: uuid('channel_id')
      .primaryKey()
      .references(() => channels.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    cursor: text('cursor'),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    retryAfterUntil: timestamp('retry_after_until', { withTimezone: true }),
    failures: integer('failures').notNull().default(0),
    lastError: text('last_error'),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    // A Meta webhook said something new arrived (migration 0034): a read under way ends with the channel due at once.
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
    // Why the channel cannot be read (or only in part), for the channels screen (0033): permissions / revoked / other.
    readingBlocked: text('reading_blocked'),
  },
  (t) => [index('inbox_poll_state_due_idx').on(t.nextPollAt)],
);

// Instagram @mentions announced by Meta's `mentions` webhook, per connected channel (migration 0034):
// read and stored by the worker under a lease with a bounded number of attempts
// (src/features/inbox/webhook-mentions.ts). comment_id '' is a mention in a caption.
export const inboxWebhookMentions = pgTable(
  'inbox_webhook_mentions',
  {
    id: id(),
    orgId: orgRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    mediaId: text('media_id').notNull(),
    commentId: text('comment_id').notNull().default(''),
    // pending (to read, or to read again), done (stored), failed (given up: attempts used or refused for good).
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inbox_webhook_mentions_key_idx').on(t.channelId, t.mediaId, t.commentId),
    index('inbox_webhook_mentions_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

export const inboxTargets = pgTable(
  'inbox_targets',
  {
    orgId: orgRef(),
    category: text('category').notNull(),
    minutes: integer('minutes').notNull(),
    workingHours: boolean('working_hours').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.category] })],
);

// The inbox's duty rota (0025): weekly slots in the organisation's time zone ("HH:MM" wall clock,
// ends up to "24:00") and one-off overrides that put a person on or off duty for a period.
export const inboxDutySlots = pgTable(
  'inbox_duty_slots',
  {
    id: id(),
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    starts: text('starts').notNull(),
    ends: text('ends').notNull(),
  },
  (t) => [index('inbox_duty_slots_org_idx').on(t.orgId, t.weekday)],
);

export const inboxDutyOverrides = pgTable(
  'inbox_duty_overrides',
  {
    id: id(),
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    onDuty: boolean('on_duty').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('inbox_duty_overrides_org_idx').on(t.orgId, t.endsAt)],
);

// Measuring (migration 0021): figures of published post variants as a time series, the newest
// snapshot per variant, follower counts per channel, the snapshot schedule, counted feed requests,
// monthly report subscriptions and calendar-feed tokens.
const figureColumns = () => ({
  likes: integer('likes'),
  reposts: integer('reposts'),
  replies: integer('replies'),
  quotes: integer('quotes'),
  impressions: integer('impressions'),
  reach: integer('reach'),
  clicks: integer('clicks'),
  videoViews: integer('video_views'),
  followers: integer('followers'),
});

export const postSnapshots = pgTable(
  'post_snapshots',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => postVariants.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    orgId: uuid('org_id').notNull(),
    ...figureColumns(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.at] })],
);

export const postFiguresLatest = pgTable(
  'post_figures_latest',
  {
    variantId: uuid('variant_id')
      .primaryKey()
      .references(() => postVariants.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    postId: uuid('post_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    ...figureColumns(),
  },
  (t) => [index('post_figures_latest_org_published_idx').on(t.orgId, t.publishedAt)],
);

export const channelSnapshots = pgTable(
  'channel_snapshots',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    orgId: uuid('org_id').notNull(),
    followers: integer('followers'),
    feedRequests: integer('feed_requests'),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.at] })],
);

export const metricSchedules = pgTable(
  'metric_schedules',
  {
    variantId: uuid('variant_id')
      .primaryKey()
      .references(() => postVariants.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    // null: the schedule has ended (src/domain/snapshot-schedule.ts).
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    snapshots: integer('snapshots').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
  },
  (t) => [
    index('metric_schedules_due_idx').on(t.nextDueAt).where(sql`${t.nextDueAt} is not null`),
    index('metric_schedules_channel_idx').on(t.channelId).where(sql`${t.nextDueAt} is not null`),
  ],
);

export const feedRequestCounts = pgTable(
  'feed_request_counts',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    // 'feed' for the feed itself, else the id of an item's file.
    item: text('item').notNull(),
    count: bigint('count', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.item] })],
);

export const metricReportSubscriptions = pgTable(
  'metric_report_subscriptions',
  {
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastMonth: text('last_month'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] })],
);

export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), uniqueIndex('calendar_tokens_hash_idx').on(t.tokenHash)],
);

// Raw bytes (PostgreSQL bytea); both drivers hand back a Uint8Array / Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

// The organisation's logo (migration 0022): shown on the cover of the board's PDF report.
export const organisationLogos = pgTable('organisation_logos', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  mimeType: text('mime_type').notNull(),
  bytes: bytea('bytes').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Listening (migration 0023): queries, their sources' state, what they found, and early warnings.
export const listeningQueries = pgTable(
  'listening_queries',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    phrases: text('phrases').array().notNull().default(sql`'{}'::text[]`),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    mentions: text('mentions').array().notNull().default(sql`'{}'::text[]`),
    orgNames: text('org_names').array().notNull().default(sql`'{}'::text[]`),
    exclude: text('exclude').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    feedUrls: text('feed_urls').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    evaluatedUntil: timestamp('evaluated_until', { withTimezone: true }),
    lastSpikeHour: timestamp('last_spike_hour', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listening_queries_org_idx').on(t.orgId, t.name), index('listening_queries_due_idx').on(t.nextRunAt).where(sql`"active"`)],
);

export const listeningSources = pgTable(
  'listening_sources',
  {
    queryId: uuid('query_id')
      .notNull()
      .references(() => listeningQueries.id, { onDelete: 'cascade' }),
    sourceKey: text('source_key').notNull(),
    orgId: orgRef(),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextTryAt: timestamp('next_try_at', { withTimezone: true }).notNull().defaultNow(),
    failures: integer('failures').notNull().default(0),
    lastError: text('last_error'),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.queryId, t.sourceKey] })],
);

export const listeningResults = pgTable(
  'listening_results',
  {
    id: id(),
    orgId: orgRef(),
    source: text('source').notNull(),
    sourceKey: text('source_key').notNull(),
    externalId: text('external_id').notNull(),
    authorHandle: text('author_handle'),
    authorName: text('author_name'),
    title: text('title'),
    text: text('text').notNull(),
    lang: text('lang'),
    url: text('url'),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
    sentiment: text('sentiment').notNull().default('neutral'),
    sentimentScore: real('sentiment_score').notNull().default(0),
  },
  (t) => [uniqueIndex('listening_results_external_idx').on(t.orgId, t.source, t.externalId)],
);

export const listeningResultKeys = pgTable(
  'listening_result_keys',
  {
    orgId: orgRef(),
    key: text('key').notNull(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => listeningResults.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);

export const listeningMatches = pgTable(
  'listening_matches',
  {
    queryId: uuid('query_id')
      .notNull()
      .references(() => listeningQueries.id, { onDelete: 'cascade' }),
    resultId: uuid('result_id')
      .notNull()
      .references(() => listeningResults.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    terms: text('terms').array().notNull().default(sql`'{}'::text[]`),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.queryId, t.resultId] }), index('listening_matches_query_newest_idx').on(t.queryId, t.writtenAt.desc(), t.resultId.desc())],
);

export const listeningAlerts = pgTable(
  'listening_alerts',
  {
    id: id(),
    orgId: orgRef(),
    queryId: uuid('query_id')
      .notNull()
      .references(() => listeningQueries.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    reasons: text('reasons').array().notNull(),
    total: integer('total').notNull(),
    negative: integer('negative').notNull(),
    baselineMedian: real('baseline_median').notNull(),
    baselineNegativeShare: real('baseline_negative_share').notNull(),
    aboutOrganisation: boolean('about_organisation').notNull(),
    suggestCrisisMode: boolean('suggest_crisis_mode').notNull(),
    resultIds: uuid('result_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('listening_alerts_query_hour_idx').on(t.queryId, t.hour),
    index('listening_alerts_org_newest_idx').on(t.orgId, t.hour.desc(), t.id.desc()),
  ],
);

// Trusted sources and the reading list (migration 0027, issue 15): the organisation's one list of
// trusted domains (the guard's link rule) and the feeds it follows.
export const trustedSources = pgTable(
  'trusted_sources',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    domain: text('domain').notNull(),
    feedUrl: text('feed_url'),
    active: boolean('active').notNull().default(true),
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
    /** 'ok' or 'failed' after the last fetch; null before the first. */
    lastStatus: text('last_status'),
    /** The FeedError reason of a failing feed. */
    lastError: text('last_error'),
    lastErrorStatus: integer('last_error_status'),
    failingSince: timestamp('failing_since', { withTimezone: true }),
    failures: integer('failures').notNull().default(0),
    nextFetchAt: timestamp('next_fetch_at', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trusted_sources_org_name_idx').on(t.orgId, sql`lower(${t.name})`),
    uniqueIndex('trusted_sources_org_feed_idx').on(t.orgId, t.feedUrl).where(sql`${t.feedUrl} IS NOT NULL`),
    index('trusted_sources_org_domain_idx').on(t.orgId, t.domain),
    index('trusted_sources_due_idx').on(t.nextFetchAt).where(sql`${t.active} AND ${t.feedUrl} IS NOT NULL`),
  ],
);

export const sourceItems = pgTable(
  'source_items',
  {
    id: id(),
    orgId: orgRef(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => trustedSources.id, { onDelete: 'cascade' }),
    /** The feed's id for the item (else its link): stored once per source. */
    itemKey: text('item_key').notNull(),
    title: text('title'),
    url: text('url'),
    summary: text('summary'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The reading list's order: published (never later than first seen), else first seen. */
    sortAt: timestamp('sort_at', { withTimezone: true }).notNull(),
    /** 'new', 'read' or 'dismissed'. */
    state: text('state').notNull().default('new'),
    draftPostId: uuid('draft_post_id').references(() => posts.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('source_items_source_key_idx').on(t.sourceId, t.itemKey),
    index('source_items_org_newest_idx').on(t.orgId, t.sortAt.desc(), t.id.desc()),
    index('source_items_org_source_idx').on(t.orgId, t.sourceId, t.sortAt.desc(), t.id.desc()),
  ],
);

// Campaigns (migration 0028): the worksheet's careful route (three phases of questions, saved as
// you go) or its quick route, the posts in it (posts.campaign_id), tasks, and reusable templates.
export const campaignTemplates = pgTable(
  'campaign_templates',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    route: text('route').notNull().default('careful'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaign_templates_org_name_idx').on(t.orgId, sql`lower(${t.name})`)],
);

export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    route: text('route').notNull().default('careful'),
    phase: text('phase').notNull().default('preparation'),
    colour: text('colour').notNull().default('#1d4ed8'),
    hashtag: text('hashtag'),
    eventAt: timestamp('event_at', { withTimezone: true }),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    goalMetric: text('goal_metric'),
    goalTarget: integer('goal_target'),
    preparation: jsonb('preparation').$type<Record<string, unknown>>().notNull().default({}),
    execution: jsonb('execution').$type<Record<string, unknown>>().notNull().default({}),
    aftercare: jsonb('aftercare').$type<Record<string, unknown>>().notNull().default({}),
    templateId: uuid('template_id').references(() => campaignTemplates.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('campaigns_org_newest_idx').on(t.orgId, t.createdAt.desc(), t.id.desc()),
    index('campaigns_org_hashtag_idx').on(t.orgId, sql`lower(${t.hashtag})`).where(sql`"hashtag" IS NOT NULL`),
  ],
);

export const campaignTasks = pgTable(
  'campaign_tasks',
  {
    id: id(),
    orgId: orgRef(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    /** before | during | after the event */
    moment: text('moment').notNull().default('before'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('campaign_tasks_campaign_idx').on(t.orgId, t.campaignId, t.dueAt, t.id),
    index('campaign_tasks_due_idx').on(t.dueAt).where(sql`"done_at" IS NULL AND "reminded_at" IS NULL AND "due_at" IS NOT NULL`),
  ],
);

// Q&A hours (spreekuur, 0029): a question hour on one channel; its announcements are normal posts.
export const qaHours = pgTable(
  'qa_hours',
  {
    id: id(),
    orgId: orgRef(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Without the '#', in readable CamelCase. */
    hashtag: text('hashtag').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    hostId: uuid('host_id').references(() => users.id, { onDelete: 'set null' }),
    moderatorId: uuid('moderator_id').references(() => users.id, { onDelete: 'set null' }),
    announcementPostIds: uuid('announcement_post_ids').array().notNull().default(sql`'{}'::uuid[]`),
    summaryPostId: uuid('summary_post_id').references(() => posts.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('qa_hours_org_start_idx').on(t.orgId, t.startsAt.desc(), t.id.desc()), index('qa_hours_channel_idx').on(t.channelId, t.endsAt)],
);

/** An inbox item in an hour's queue: 'open', 'later', 'answered' (publicly) or 'private' (moved). */
export const qaQuestions = pgTable(
  'qa_questions',
  {
    qaHourId: uuid('qa_hour_id')
      .notNull()
      .references(() => qaHours.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    state: text('state').notNull().default('open'),
    replyId: uuid('reply_id').references(() => inboxReplies.id, { onDelete: 'set null' }),
    handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'qa_questions_pk', columns: [t.qaHourId, t.itemId] }), index('qa_questions_item_idx').on(t.itemId)],
);
