-- Q&A hours (spreekuur, issue 16 point 4): an hour planned on one channel with a hashtag, a host
-- and a moderator; its announcement drafts (normal posts); the inbox items collected in its queue
-- with what was done with each (answered publicly, moved to private, later); the summary draft.
CREATE TABLE "qa_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"channel_id" uuid NOT NULL REFERENCES "channels"("id") ON DELETE CASCADE,
	"title" text NOT NULL,
	"hashtag" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"host_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"moderator_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"announcement_post_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"summary_post_id" uuid REFERENCES "posts"("id") ON DELETE SET NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qa_hours_window_check" CHECK ("ends_at" > "starts_at")
);--> statement-breakpoint
CREATE INDEX "qa_hours_org_start_idx" ON "qa_hours" ("org_id", "starts_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "qa_hours_channel_idx" ON "qa_hours" ("channel_id", "ends_at");--> statement-breakpoint
CREATE TABLE "qa_questions" (
	"qa_hour_id" uuid NOT NULL REFERENCES "qa_hours"("id") ON DELETE CASCADE,
	"item_id" uuid NOT NULL REFERENCES "inbox_items"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"state" text DEFAULT 'open' NOT NULL,
	"reply_id" uuid REFERENCES "inbox_replies"("id") ON DELETE SET NULL,
	"handled_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qa_questions_pk" PRIMARY KEY ("qa_hour_id", "item_id")
);--> statement-breakpoint
CREATE INDEX "qa_questions_item_idx" ON "qa_questions" ("item_id");
