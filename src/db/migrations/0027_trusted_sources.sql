-- Trusted sources and curation (issue 15, point 4): per organisation a list of sources (name,
-- website domain, optional RSS/Atom feed), followed by a leased fetch with conditional GET; the
-- items read from them (the reading list); and the one list of trusted domains the guard's link
-- rule uses. The allow-list of domains that lived in guard_settings moves into this list.
ALTER TABLE "organisations" ADD COLUMN "sources_seeded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE "trusted_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"domain" text NOT NULL,
	"feed_url" text,
	"active" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_fetched_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_error_status" integer,
	"failing_since" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_fetch_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_sources_org_name_idx" ON "trusted_sources" ("org_id", lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_sources_org_feed_idx" ON "trusted_sources" ("org_id", "feed_url") WHERE "feed_url" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "trusted_sources_org_domain_idx" ON "trusted_sources" ("org_id", "domain");--> statement-breakpoint
-- The fetch sweep walks only what it may fetch.
CREATE INDEX "trusted_sources_due_idx" ON "trusted_sources" ("next_fetch_at") WHERE "active" AND "feed_url" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "source_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"source_id" uuid NOT NULL REFERENCES "trusted_sources"("id") ON DELETE CASCADE,
	"item_key" text NOT NULL,
	"title" text,
	"url" text,
	"summary" text,
	"published_at" timestamp with time zone,
	"sort_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"draft_post_id" uuid REFERENCES "posts"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "source_items_source_key_idx" ON "source_items" ("source_id", "item_key");--> statement-breakpoint
CREATE INDEX "source_items_org_newest_idx" ON "source_items" ("org_id", "sort_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "source_items_org_source_idx" ON "source_items" ("org_id", "source_id", "sort_at" DESC, "id" DESC);--> statement-breakpoint
-- One list, not two: the domains an organisation allowed in its guard settings become trusted
-- sources (named by their domain), and leave the settings.
INSERT INTO "trusted_sources" ("org_id", "name", "domain")
SELECT DISTINCT o."id", d."domain", d."domain"
FROM "organisations" o
CROSS JOIN LATERAL (
	SELECT lower(regexp_replace(btrim(x), '^(https?://)?(@|www\.)?', '', 'i')) AS "domain"
	FROM jsonb_array_elements_text(
		CASE WHEN jsonb_typeof(o."guard_settings" -> 'allow' -> 'domains') = 'array' THEN o."guard_settings" -> 'allow' -> 'domains' ELSE '[]'::jsonb END
	) AS x
) d
WHERE d."domain" <> ''
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "organisations" SET "guard_settings" = "guard_settings" #- '{allow,domains}' WHERE "guard_settings" -> 'allow' ? 'domains';
