-- Measuring (issue 14): figures of published posts as a time series, follower counts per channel,
-- the snapshot schedule of every published post variant (leased like publishing), requests of the
-- website feed counted by Zorgpost itself, monthly report subscriptions and calendar-feed tokens.
--
-- One row per post variant per moment; nothing is overwritten. The primary key (variant_id, at)
-- serves a post's growth curve. post_figures_latest holds the newest snapshot per variant (written
-- in the same statement as the series row), so the overview of a period reads one row per post
-- instead of scanning the series.
CREATE TABLE "post_snapshots" (
	"variant_id" uuid NOT NULL REFERENCES "post_variants"("id") ON DELETE CASCADE,
	"at" timestamp with time zone NOT NULL,
	"org_id" uuid NOT NULL,
	"likes" integer,
	"reposts" integer,
	"replies" integer,
	"quotes" integer,
	"impressions" integer,
	"reach" integer,
	"clicks" integer,
	"video_views" integer,
	"followers" integer,
	PRIMARY KEY ("variant_id", "at")
);--> statement-breakpoint
CREATE TABLE "post_figures_latest" (
	"variant_id" uuid PRIMARY KEY NOT NULL REFERENCES "post_variants"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"post_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"likes" integer,
	"reposts" integer,
	"replies" integer,
	"quotes" integer,
	"impressions" integer,
	"reach" integer,
	"clicks" integer,
	"video_views" integer,
	"followers" integer
);--> statement-breakpoint
CREATE INDEX "post_figures_latest_org_published_idx" ON "post_figures_latest" ("org_id", "published_at") INCLUDE ("channel_id", "post_id");--> statement-breakpoint
CREATE TABLE "channel_snapshots" (
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"at" timestamp with time zone NOT NULL,
	"org_id" uuid NOT NULL,
	"followers" integer,
	"feed_requests" integer,
	PRIMARY KEY ("channel_id", "at")
);--> statement-breakpoint
CREATE TABLE "metric_schedules" (
	"variant_id" uuid PRIMARY KEY NOT NULL REFERENCES "post_variants"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"published_at" timestamp with time zone NOT NULL,
	-- null: the schedule has ended (src/domain/snapshot-schedule.ts).
	"next_due_at" timestamp with time zone,
	"snapshots" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "metric_schedules_due_idx" ON "metric_schedules" ("next_due_at") WHERE "next_due_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "metric_schedules_channel_idx" ON "metric_schedules" ("channel_id") WHERE "next_due_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "post_variants_published_idx" ON "post_variants" ("published_at") WHERE "published_at" IS NOT NULL;--> statement-breakpoint
-- Requests of a public feed ('feed') and of its items' files (the media id), running totals
-- flushed from an in-memory counter once a minute.
CREATE TABLE "feed_request_counts" (
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"item" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	PRIMARY KEY ("channel_id", "item")
);--> statement-breakpoint
CREATE TABLE "metric_report_subscriptions" (
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	-- The last month (YYYY-MM) whose report went into the outbox.
	"last_month" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("org_id", "user_id")
);--> statement-breakpoint
-- A person's calendar-feed address: only the sha256 of the secret token is kept.
CREATE TABLE "calendar_tokens" (
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("org_id", "user_id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_tokens_hash_idx" ON "calendar_tokens" ("token_hash");
