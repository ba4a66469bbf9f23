CREATE TABLE "consent_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "consent_people_org_name_idx" ON "consent_people" USING btree ("org_id","name","id");
--> statement-breakpoint
CREATE TABLE "consent_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "consent_people"("id") ON DELETE cascade,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "consent_files_person_idx" ON "consent_files" USING btree ("person_id");
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "consent_people"("id") ON DELETE cascade,
	"channel_id" uuid REFERENCES "channels"("id") ON DELETE cascade,
	"purpose" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"file_id" uuid REFERENCES "consent_files"("id") ON DELETE set null,
	"recorded_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"expiry_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("person_id");
--> statement-breakpoint
CREATE INDEX "consents_org_until_idx" ON "consents" USING btree ("org_id","valid_until") WHERE "withdrawn_at" IS NULL;
--> statement-breakpoint
CREATE TABLE "media_people" (
	"media_id" uuid NOT NULL REFERENCES "media"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "consent_people"("id") ON DELETE cascade,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	CONSTRAINT "media_people_media_id_person_id_pk" PRIMARY KEY("media_id","person_id")
);
--> statement-breakpoint
CREATE INDEX "media_people_person_idx" ON "media_people" USING btree ("person_id");
--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "shows_people" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "post_variants" ADD COLUMN "removed_at" timestamp with time zone;
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"post_id" uuid REFERENCES "posts"("id") ON DELETE cascade,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mail" text DEFAULT 'none' NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","org_id","created_at","id");
--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("user_id") WHERE "mail" = 'digest';
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"muted_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"email" boolean DEFAULT true NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"last_digest_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"lang" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "sent_at" IS NULL AND "failed_at" IS NULL;
