-- The web app follows an organisation's changes with one cheap question (src/features/live):
-- the newest post change is the top of this index, not a scan of the organisation's posts.
CREATE INDEX "posts_org_updated_idx" ON "posts" USING btree ("org_id","updated_at");--> statement-breakpoint
-- Why a publication failed, as a code with parameters the web app translates
-- ({"code":"network_unreachable","params":{"network":"Bluesky","retryAt":"…"}}); failure_reason
-- keeps the technical text for the server's own use.
ALTER TABLE "posts" ADD COLUMN "failure" jsonb;
