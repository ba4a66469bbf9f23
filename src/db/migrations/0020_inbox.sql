-- The inbox (issue 12): reactions read from the networks, with triage, assignment, labels, states,
-- read marks, notes, templates, replies sent by the engine under a lease, the per-channel inbound
-- poll state (cursor and lease) and response-time targets per category.
ALTER TABLE "organisations" ADD COLUMN "inbox_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE TABLE "inbox_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"external_id" text NOT NULL,
	"kind" text NOT NULL,
	"thread_key" text NOT NULL,
	"parent_external_id" text,
	"author_external_id" text NOT NULL,
	"author_handle" text NOT NULL,
	"author_name" text,
	"text" text NOT NULL,
	"lang" text,
	"url" text,
	"written_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"post_id" uuid REFERENCES "posts"("id") ON DELETE SET NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"sentiment" text DEFAULT 'neutral' NOT NULL,
	"sentiment_score" real DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"assignee_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_response_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_items_channel_external_idx" ON "inbox_items" ("channel_id", "external_id");--> statement-breakpoint
-- The list's two orders (newest first; urgent first, then newest) as keyset walks.
CREATE INDEX "inbox_items_org_newest_idx" ON "inbox_items" ("org_id", "written_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "inbox_items_org_urgent_idx" ON "inbox_items" ("org_id", "urgent" DESC, "written_at" DESC, "id" DESC);--> statement-breakpoint
-- A filter walks its own index in the default order (urgent first, then newest).
CREATE INDEX "inbox_items_org_state_idx" ON "inbox_items" ("org_id", "state", "urgent" DESC, "written_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "inbox_items_org_assignee_idx" ON "inbox_items" ("org_id", "assignee_id", "urgent" DESC, "written_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "inbox_items_org_category_idx" ON "inbox_items" ("org_id", "category", "urgent" DESC, "written_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "inbox_items_thread_idx" ON "inbox_items" ("channel_id", "thread_key", "written_at");--> statement-breakpoint
CREATE INDEX "inbox_items_labels_idx" ON "inbox_items" USING gin ("labels");--> statement-breakpoint
-- The unread badge: an index-only walk over what is not done.
CREATE INDEX "inbox_items_open_idx" ON "inbox_items" ("org_id", "urgent", "id") WHERE "state" <> 'done';--> statement-breakpoint
CREATE INDEX "inbox_items_warn_idx" ON "inbox_items" ("warn_at") WHERE "warned_at" IS NULL AND "first_response_at" IS NULL AND "state" <> 'done';--> statement-breakpoint
CREATE TABLE "inbox_reads" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"item_id" uuid NOT NULL REFERENCES "inbox_items"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("user_id", "item_id")
);--> statement-breakpoint
CREATE TABLE "inbox_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"item_id" uuid NOT NULL REFERENCES "inbox_items"("id") ON DELETE CASCADE,
	"author_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "inbox_notes_item_idx" ON "inbox_notes" ("item_id", "created_at");--> statement-breakpoint
CREATE TABLE "inbox_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"lang" text DEFAULT 'nl' NOT NULL,
	"purpose" text,
	"private" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "inbox_templates_org_idx" ON "inbox_templates" ("org_id", "name");--> statement-breakpoint
CREATE TABLE "inbox_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"item_id" uuid NOT NULL REFERENCES "inbox_items"("id") ON DELETE CASCADE,
	"author_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"text" text NOT NULL,
	"private" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"external_id" text,
	"external_url" text,
	"failure" text,
	"approvals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "inbox_replies_item_idx" ON "inbox_replies" ("item_id", "created_at");--> statement-breakpoint
CREATE INDEX "inbox_replies_due_idx" ON "inbox_replies" ("due_at") WHERE "status" = 'planned';--> statement-breakpoint
CREATE INDEX "inbox_replies_lease_idx" ON "inbox_replies" ("lease_expires_at") WHERE "status" = 'sending';--> statement-breakpoint
CREATE TABLE "inbox_poll_state" (
	"channel_id" uuid PRIMARY KEY NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"cursor" text,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"retry_after_until" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_polled_at" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "inbox_poll_state_due_idx" ON "inbox_poll_state" ("next_poll_at");--> statement-breakpoint
CREATE TABLE "inbox_targets" (
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"category" text NOT NULL,
	"minutes" integer NOT NULL,
	"working_hours" boolean DEFAULT false NOT NULL,
	PRIMARY KEY ("org_id", "category")
);
