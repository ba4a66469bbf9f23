-- Approval chains (issue 10): ordered steps per organisation, optionally per channel; each step's
-- approvals are bound to the hash of what the post sends, so any edit makes them count no more.
CREATE TABLE "approval_chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"channel_id" uuid REFERENCES "channels"("id") ON DELETE CASCADE,
	"steps" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "approval_chains_org_channel_idx" ON "approval_chains" ("org_id", (coalesce("channel_id", '00000000-0000-0000-0000-000000000000'::uuid)));--> statement-breakpoint
CREATE TABLE "post_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"post_id" uuid NOT NULL REFERENCES "posts"("id") ON DELETE CASCADE,
	"step" integer NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"content_hash" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "post_approvals_post_idx" ON "post_approvals" ("post_id");--> statement-breakpoint
CREATE TABLE "post_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"post_id" uuid NOT NULL REFERENCES "posts"("id") ON DELETE CASCADE,
	"author_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"part" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"quote" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "post_comments_post_idx" ON "post_comments" ("post_id");
--> statement-breakpoint
-- Who the post waits on now (the current step's people who have not approved): "waiting for me"
-- on the home page and in the calendar is one index lookup. Set at submission and at each step.
ALTER TABLE "posts" ADD COLUMN "waiting_for" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "posts_waiting_for_idx" ON "posts" USING gin ("waiting_for");
--> statement-breakpoint
-- Posts already in review wait on the default chain's one step: every reviewer but the author.
UPDATE "posts" p SET "waiting_for" = coalesce((SELECT array_agg(m."user_id") FROM "memberships" m
  WHERE m."org_id" = p."org_id" AND m."role" IN ('approver', 'editor', 'admin') AND m."user_id" IS DISTINCT FROM p."author_id"), '{}'::uuid[])
WHERE p."status" = 'in_review';
