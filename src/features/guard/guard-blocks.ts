// How often the guard stopped a post, counted in this process (for /metrics): at a workflow step
// (submission, approval, scheduling: the person sees why) or at the engine's last check before
// sending (the text predates a stricter setting).
import { Counter } from 'prom-client';

export const guardBlocks = new Counter({
  name: 'zorgpost_guard_blocks_total',
  help: 'Posts the privacy guard stopped, by stage (this process)',
  labelNames: ['stage'],
  registers: [],
});
