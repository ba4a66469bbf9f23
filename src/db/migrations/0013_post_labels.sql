-- Labels on a post ("vacature", "open dag"): free words the calendar filters on and a CSV import
-- fills. A GIN index answers "posts with this label" without walking the organisation's posts.
ALTER TABLE "posts" ADD COLUMN "labels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "posts_labels_idx" ON "posts" USING gin ("labels");
