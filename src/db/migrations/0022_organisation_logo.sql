-- The organisation's logo (issue 14: on the cover of the board's PDF report). One per organisation,
-- kept as bytes in its own table so reading the organisation never loads the image.
CREATE TABLE "organisation_logos" (
  "org_id" uuid PRIMARY KEY NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
  "mime_type" text NOT NULL,
  "bytes" bytea NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
