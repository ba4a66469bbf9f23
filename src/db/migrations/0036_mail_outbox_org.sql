-- The organisation a queued mail is about, so that removing a member withdraws what that organisation
-- still had to send them (and the sender, meeting one whose member left, drops it). Null: a mail about no
-- one organisation (a digest across several); the rows from before this migration stay null and go.
ALTER TABLE "mail_outbox" ADD COLUMN "org_id" uuid REFERENCES "organisations"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_user_idx" ON "mail_outbox" ("user_id", "org_id") WHERE "sent_at" IS NULL AND "failed_at" IS NULL;
