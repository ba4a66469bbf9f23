-- The quick route and campaign templates (issue 16): a post planned by the quick route is
-- scheduled at its planned time once its approval chain approves it (when the person who made it
-- may schedule), and an organisation's default campaign templates are added once, on first use
-- (a default it deletes stays deleted).
ALTER TABLE "posts" ADD COLUMN "schedule_when_approved" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "campaign_templates_seeded" boolean DEFAULT false NOT NULL;
