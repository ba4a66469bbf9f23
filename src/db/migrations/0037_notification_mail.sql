-- The mail of its own a notice queued, so that settling the notice (the problem was put right) withdraws
-- that mail while it is still unsent. Null: no mail of its own, one sent and cleaned up, or a notice from
-- before this migration (its mail, if any, still goes).
ALTER TABLE "notifications" ADD COLUMN "mail_id" uuid REFERENCES "mail_outbox"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX "notifications_mail_idx" ON "notifications" ("mail_id") WHERE "mail_id" IS NOT NULL;
