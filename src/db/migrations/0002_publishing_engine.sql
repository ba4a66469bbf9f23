DROP INDEX "posts_due_idx";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "paused_by" uuid;--> statement-breakpoint
ALTER TABLE "post_variants" ADD COLUMN "publish_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "posts_lease_idx" ON "posts" USING btree ("lease_expires_at") WHERE "posts"."status" in ('publishing', 'unconfirmed');--> statement-breakpoint
CREATE INDEX "posts_due_idx" ON "posts" USING btree (coalesce("next_attempt_at", "scheduled_at")) WHERE "posts"."status" = 'scheduled';