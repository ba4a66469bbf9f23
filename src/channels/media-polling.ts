// Waiting for a network to finish processing an uploaded video (X's STATUS, Mastodon's media,
// LinkedIn's video status, Facebook's video status, Instagram's container). A bounded number of
// polls: a video still processing after them fails retryably (nothing is shown yet), a video the
// network could not process fails for good with its reason — never a loop.
export const mediaPolling = {
  maxPolls: 30,
  /** Between polls when the network suggests nothing. */
  defaultWaitMs: 2_000,
  /** Multiplies every wait; tests set 0. */
  scale: 1,
};

export function pollPause(suggestedMs?: number): Promise<void> {
  const ms = Math.min(suggestedMs ?? mediaPolling.defaultWaitMs, 30_000) * mediaPolling.scale;
  return new Promise((r) => setTimeout(r, ms));
}
