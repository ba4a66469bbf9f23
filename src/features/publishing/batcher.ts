// Group commit: callers hand in one item each and wait for its result; items that arrive while a
// flush is running go together in the next one. With nothing else on the way an item is flushed
// at once; while more are expected (`expecting`: sends whose answers are still coming) the flush
// waits for them up to `lingerMs`. Under load many sends share one statement and one
// transaction, which also bounds how many connections the engine holds.
export type Batched<T, R> = (item: T) => Promise<R>;

export interface BatcherOptions {
  max?: number;
  lingerMs?: number;
  /** More items are on their way (the flush may wait for them up to lingerMs). */
  expecting?: () => boolean;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

export function batcher<T, R>(flush: (items: T[]) => Promise<R[]>, opts: BatcherOptions = {}): Batched<T, R> {
  const { max = 200, lingerMs = 0, expecting = () => false } = opts;
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let running = false;
  const run = async () => {
    while (queue.length) {
      // Let answers that already arrived (network I/O) join this batch: with the embedded
      // database a statement holds the event loop, so they could not have been handed in yet.
      await tick();
      const until = Date.now() + lingerMs;
      while (queue.length < max && expecting() && Date.now() < until) await tick();
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
      void run();
    });
}
