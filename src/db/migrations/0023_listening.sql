-- Listening (issue 15): queries per organisation, the state of each source a query reads (cursor,
-- conditional-GET validators, failures), the items found (once per organisation, network and
-- network id; duplicates across sources share a dedupe key), which queries matched them, and the
-- early-warning alerts (one per query and hour).
CREATE TABLE "listening_queries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"phrases" text[] DEFAULT '{}'::text[] NOT NULL,
	"hashtags" text[] DEFAULT '{}'::text[] NOT NULL,
	"mentions" text[] DEFAULT '{}'::text[] NOT NULL,
	"org_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"exclude" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"feed_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"evaluated_until" timestamp with time zone,
	"last_spike_hour" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "listening_queries_org_idx" ON "listening_queries" ("org_id", "name");--> statement-breakpoint
CREATE INDEX "listening_queries_due_idx" ON "listening_queries" ("next_run_at") WHERE "active";--> statement-breakpoint
CREATE TABLE "listening_sources" (
	"query_id" uuid NOT NULL REFERENCES "listening_queries"("id") ON DELETE CASCADE,
	"source_key" text NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"etag" text,
	"last_modified" text,
	"next_try_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_read_at" timestamp with time zone,
	PRIMARY KEY ("query_id", "source_key")
);--> statement-breakpoint
CREATE TABLE "listening_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"source" text NOT NULL,
	"source_key" text NOT NULL,
	"external_id" text NOT NULL,
	"author_handle" text,
	"author_name" text,
	"title" text,
	"text" text NOT NULL,
	"lang" text,
	"url" text,
	"written_at" timestamp with time zone NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sentiment" text DEFAULT 'neutral' NOT NULL,
	"sentiment_score" real DEFAULT 0 NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "listening_results_external_idx" ON "listening_results" ("org_id", "source", "external_id");--> statement-breakpoint
CREATE TABLE "listening_result_keys" (
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"key" text NOT NULL,
	"result_id" uuid NOT NULL REFERENCES "listening_results"("id") ON DELETE CASCADE,
	PRIMARY KEY ("org_id", "key")
);--> statement-breakpoint
CREATE TABLE "listening_matches" (
	"query_id" uuid NOT NULL REFERENCES "listening_queries"("id") ON DELETE CASCADE,
	"result_id" uuid NOT NULL REFERENCES "listening_results"("id") ON DELETE CASCADE,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	PRIMARY KEY ("query_id", "result_id")
);--> statement-breakpoint
-- A query's results newest first (keyset), and its hourly counts.
CREATE INDEX "listening_matches_query_newest_idx" ON "listening_matches" ("query_id", "written_at" DESC, "result_id" DESC);--> statement-breakpoint
CREATE TABLE "listening_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
	"query_id" uuid NOT NULL REFERENCES "listening_queries"("id") ON DELETE CASCADE,
	"hour" timestamp with time zone NOT NULL,
	"reasons" text[] NOT NULL,
	"total" integer NOT NULL,
	"negative" integer NOT NULL,
	"baseline_median" real NOT NULL,
	"baseline_negative_share" real NOT NULL,
	"about_organisation" boolean NOT NULL,
	"suggest_crisis_mode" boolean NOT NULL,
	"result_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "listening_alerts_query_hour_idx" ON "listening_alerts" ("query_id", "hour");--> statement-breakpoint
CREATE INDEX "listening_alerts_org_newest_idx" ON "listening_alerts" ("org_id", "hour" DESC, "id" DESC);
