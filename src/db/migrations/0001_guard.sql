ALTER TABLE "organisations" ADD COLUMN "guard_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "guard_override_hash" text;