-- A post's purpose (publication, recruitment, fundraising): the consent the people in its images
-- must have given is for that purpose. Existing posts are general publications.
ALTER TABLE "posts" ADD COLUMN "purpose" text DEFAULT 'publication' NOT NULL;--> statement-breakpoint
-- After a consent is withdrawn, each publication that shows the person is taken off its network.
-- A removal that fails is kept and retried with a lease (one worker at a time) and a bounded number
-- of attempts; the consent screen shows it as pending or failed.
CREATE TABLE "takedowns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"consent_id" uuid NOT NULL REFERENCES "consents"("id") ON DELETE cascade,
	"variant_id" uuid NOT NULL REFERENCES "post_variants"("id") ON DELETE cascade,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"requested_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "takedowns_consent_variant_idx" ON "takedowns" ("consent_id","variant_id");--> statement-breakpoint
CREATE INDEX "takedowns_due_idx" ON "takedowns" ("next_attempt_at") WHERE "status" = 'pending';
