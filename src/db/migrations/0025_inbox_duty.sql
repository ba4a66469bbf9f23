-- Who is on duty for the inbox (issue 12: a crisis notifies the people on duty). Weekly slots per
-- weekday in the organisation's time zone (wall-clock "HH:MM", so a slot keeps its hours across the
-- clock changes), one-off overrides as UTC periods that put a person on or off duty, and a mark on
-- each item once the people on duty were told of it (never twice, whichever worker stores it).
CREATE TABLE "inbox_duty_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"weekday" smallint NOT NULL CHECK ("weekday" BETWEEN 1 AND 7),
	"starts" text NOT NULL,
	"ends" text NOT NULL,
	CHECK ("starts" < "ends")
);--> statement-breakpoint
CREATE INDEX "inbox_duty_slots_org_idx" ON "inbox_duty_slots" ("org_id", "weekday");--> statement-breakpoint
CREATE TABLE "inbox_duty_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"on_duty" boolean NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CHECK ("starts_at" < "ends_at")
);--> statement-breakpoint
CREATE INDEX "inbox_duty_overrides_org_idx" ON "inbox_duty_overrides" ("org_id", "ends_at");--> statement-breakpoint
ALTER TABLE "inbox_items" ADD COLUMN "duty_notified_at" timestamp with time zone;--> statement-breakpoint
-- Items already in were announced (to everyone who answers) when they arrived.
UPDATE "inbox_items" SET "duty_notified_at" = "received_at";--> statement-breakpoint
CREATE INDEX "inbox_items_duty_idx" ON "inbox_items" ("received_at") WHERE "urgent" AND "duty_notified_at" IS NULL;
