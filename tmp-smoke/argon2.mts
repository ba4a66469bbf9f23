import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '/work/wt-lists/src/features/auth/passwords.ts';
const stored = await hashPassword('een lang genoeg wachtwoord');
for (const mode of ['idle', 'verifying']) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  if (mode === 'idle') await new Promise((r) => setTimeout(r, 1500));
  else await Promise.all(Array.from({ length: 20 }, () => verifyPassword(stored, 'een lang genoeg wachtwoord')));
  h.disable();
  console.log(`${mode}: ${(performance.now() - t0).toFixed(0)} ms; event-loop delay p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(1)} ms, max ${(h.max / 1e6).toFixed(1)} ms`);
}
