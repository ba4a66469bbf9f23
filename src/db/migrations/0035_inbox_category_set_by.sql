-- A person's correction of an item's triage category: who and when. A re-triage (an edited comment)
-- keeps a category a person set. A user who is deleted leaves the correction, without a name.
ALTER TABLE "inbox_items" ADD COLUMN "category_set_by" uuid REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "inbox_items" ADD COLUMN "category_set_at" timestamp with time zone;
