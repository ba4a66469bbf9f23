-- Pending OAuth connections (Mastodon, X, ...): the `state` sent to the network is stored here as a
-- hash, bound to the person's session and organisation, used once and expiring. The payload (PKCE
-- verifier, per-instance client secret) is sealed with the secrets box.
CREATE TABLE "oauth_states" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"session_hash" text NOT NULL REFERENCES "sessions"("token_hash") ON DELETE cascade,
	"channel_type" text NOT NULL,
	"payload" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "oauth_states_expires_idx" ON "oauth_states" ("expires_at");
