-- Direct messages and the inbox permissions (issue 12): why a channel cannot be read, machine-readable
-- for the channels screen (permissions / revoked / other; NULL while it reads), and how many files a
-- direct message brought that the inbox does not show.
ALTER TABLE "inbox_poll_state" ADD COLUMN "reading_blocked" text;--> statement-breakpoint
ALTER TABLE "inbox_items" ADD COLUMN "attachments" smallint DEFAULT 0 NOT NULL;
