-- Token refresh for OAuth channels (LinkedIn, X): when the access token expires, and a lease so two
-- workers never refresh the same token (a refresh token may be single use: a second refresh with it
-- would end the grant).
ALTER TABLE "channels" ADD COLUMN "token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "refresh_lease_owner" text;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "refresh_lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "channels_token_expiry_idx" ON "channels" ("token_expires_at") WHERE "token_expires_at" IS NOT NULL;
