// Group commit: callers hand in one item each and wait for its result; items that arrive while a
// flush is running go together in the next one. Alone, an item is flushed at once (no added
// wait); under load, many sends share one statement and one transaction, which bounds how many
// connections the engine holds however many posts are in flight.
export type Batched<T, R> = (item: T) => Promise<R>;

export function batcher<T, R>(flush: (items: T[]) => Promise<R[]>, max = 200): Batched<T, R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let running = false;
  const run = async () => {
    while (queue.length) {
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      try {
        const results = await flush(batch.map((b) => b.item));
        for (const [i, b] of batch.entries()) b.resolve(results[i]!);
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    running = false;
  };
  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (running) return;
      running = true;
      // Items handed in during the same turn of the event loop share the first flush.
      queueMicrotask(() => void run());
    });
}
