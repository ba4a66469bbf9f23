-- The post list pages on (scheduled_at, id) within an organisation: one index range per page,
-- in the list's own order (no sort). It covers what posts_org_scheduled_idx served.
CREATE INDEX "posts_org_scheduled_id_idx" ON "posts" USING btree ("org_id","scheduled_at","id");--> statement-breakpoint
DROP INDEX "posts_org_scheduled_idx";--> statement-breakpoint
-- Held posts (crisis mode) are few; they are listed without walking the organisation's posts.
CREATE INDEX "posts_held_idx" ON "posts" USING btree ("org_id","scheduled_at","id") WHERE "posts"."held_at" is not null;
--> statement-breakpoint
-- The image library pages newest first on (created_at, id); this covers what media_org_idx served.
CREATE INDEX "media_org_created_id_idx" ON "media" USING btree ("org_id","created_at","id");--> statement-breakpoint
DROP INDEX "media_org_idx";
