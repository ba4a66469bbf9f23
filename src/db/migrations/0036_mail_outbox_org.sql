-- The organisation a queued mail is about, so that removing a member withdraws what that organisation
-- still had to send them (and the sender, meeting one whose member left, drops it). Null: a mail about no
-- one organisation; the rows from before this migration stay null and go. A digest across organisations is
-- found through the notifications it holds (digest_mail_id): withdrawn, the others' notices wait again.
ALTER TABLE "mail_outbox" ADD COLUMN "org_id" uuid REFERENCES "organisations"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_user_idx" ON "mail_outbox" ("user_id", "org_id") WHERE "sent_at" IS NULL AND "failed_at" IS NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "digest_mail_id" uuid REFERENCES "mail_outbox"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX "notifications_digest_mail_idx" ON "notifications" ("digest_mail_id") WHERE "digest_mail_id" IS NOT NULL;
