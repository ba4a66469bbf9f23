// A worker's background loop: run a step, sleep, run it again — woken early by `poke`, ended by
// `stop` (which waits for the step in progress). A failing step is logged and tried next round.
import { describeError } from '../db/describe-error';
import { log } from '../log/logger';

export interface PeriodicLoop {
  poke(): void;
  stop(): Promise<void>;
}

export function startPeriodicLoop(opts: { worker: string; everyMs: number; failure: string; step: (stopped: () => boolean) => Promise<void> }): PeriodicLoop {
  let stopped = false;
  let wake: (() => void) | null = null;
  const isStopped = () => stopped;
  const loop = (async () => {
    while (!stopped) {
      try {
        await opts.step(isStopped);
      } catch (error) {
        log.error({ worker: opts.worker, error: describeError(error) }, opts.failure);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.everyMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();
  return {
    poke: () => wake?.(),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
