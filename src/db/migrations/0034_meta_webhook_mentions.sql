-- Instagram @mentions announced by Meta's `mentions` webhook (caption or comment of someone else's
-- media naming the organisation's account): polling cannot find them, so each announcement is kept
-- here per connected channel until the worker has read its text and stored it as an inbox item.
-- Read under a lease with a bounded number of attempts; a repeated delivery is one row (the key is
-- the channel, the media and the comment; '' for a caption).
CREATE TABLE "inbox_webhook_mentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE cascade,
	"media_id" text NOT NULL,
	"comment_id" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_webhook_mentions_key_idx" ON "inbox_webhook_mentions" ("channel_id","media_id","comment_id");--> statement-breakpoint
CREATE INDEX "inbox_webhook_mentions_due_idx" ON "inbox_webhook_mentions" ("next_attempt_at") WHERE "status" = 'pending';--> statement-breakpoint
-- A webhook event that arrives while a worker reads the channel marks it, so that read ends with the
-- channel due again at once instead of at the adapter's pace (the event may be newer than the read).
ALTER TABLE "inbox_poll_state" ADD COLUMN "nudged_at" timestamp with time zone;
