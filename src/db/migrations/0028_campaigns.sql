-- Campaigns (issue 16): the worksheet's careful route (preparation, execution, aftercare, each a
-- page of questions saved as you go) and its quick route (three posts from one form). A campaign
-- groups posts (posts.campaign_id), has tasks with an owner and a deadline, a goal read from a
-- measured figure, and can be saved as a template an organisation reuses.
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"route" text DEFAULT 'careful' NOT NULL,
	"phase" text DEFAULT 'preparation' NOT NULL,
	"colour" text DEFAULT '#1d4ed8' NOT NULL,
	"hashtag" text,
	"event_at" timestamp with time zone,
	"starts_on" text,
	"ends_on" text,
	"goal_metric" text,
	"goal_target" integer,
	"preparation" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"execution" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aftercare" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"template_id" uuid,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "campaigns_org_newest_idx" ON "campaigns" ("org_id", "created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "campaigns_org_hashtag_idx" ON "campaigns" ("org_id", lower("hashtag")) WHERE "hashtag" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "campaign_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"campaign_id" uuid NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
	"title" text NOT NULL,
	"channel_id" uuid REFERENCES "channels"("id") ON DELETE SET NULL,
	"moment" text DEFAULT 'before' NOT NULL,
	"owner_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"due_at" timestamp with time zone,
	"post_id" uuid REFERENCES "posts"("id") ON DELETE SET NULL,
	"done_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "campaign_tasks_campaign_idx" ON "campaign_tasks" ("org_id", "campaign_id", "due_at", "id");--> statement-breakpoint
-- The reminder sweep walks only open tasks with a deadline.
CREATE INDEX "campaign_tasks_due_idx" ON "campaign_tasks" ("due_at") WHERE "done_at" IS NULL AND "reminded_at" IS NULL AND "due_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "campaign_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"route" text DEFAULT 'careful' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_templates_org_name_idx" ON "campaign_templates" ("org_id", lower("name"));--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_template_fk" FOREIGN KEY ("template_id") REFERENCES "campaign_templates"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "campaign_id" uuid REFERENCES "campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX "posts_org_campaign_idx" ON "posts" ("org_id", "campaign_id") WHERE "campaign_id" IS NOT NULL;
