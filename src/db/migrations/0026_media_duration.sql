-- A video's duration (the networks limit it: X 140 s, Instagram Reels 3 s to 15 min, LinkedIn 3 s
-- to 30 min); width and height, already there, are now filled for images and videos alike.
ALTER TABLE "media" ADD COLUMN "duration_ms" integer;
