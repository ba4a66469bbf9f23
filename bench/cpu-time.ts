// CPU time spent, from /proc (Linux): on a shared machine a wall-clock rate measures the neighbours
// too, the CPU time per item measures our own work. Ticks of USER_HZ (100 per second, 10 ms).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TICK_MS = 10;

/** utime, stime, cutime, cstime of a process or thread, in ms (NaN when it is gone). */
function times(statFile: string): number[] {
  try {
    const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
    return [11, 12, 13, 14].map((i) => Number(fields[i]) * TICK_MS);
  } catch {
    return [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  }
}

/** This process's threads now (their ids), e.g. to leave out the burner threads started after. */
export const ownThreads = (): Set<string> => new Set(readdirSync('/proc/self/task'));

/** CPU of this process, every thread except `skip` (user + system). */
export function nodeCpuMs(skip: Set<string>): number {
  let ms = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    if (skip.has(tid)) continue;
    const [u, s] = times(`/proc/self/task/${tid}/stat`);
    if (Number.isFinite(u)) ms += u! + s!;
  }
  return ms;
}

/** CPU of a PostgreSQL server: the postmaster (with its children that ended) and its live children
 *  (backends, background writer, WAL writer, autovacuum). */
export function serverCpuMs(dataDir: string): number {
  const postmaster = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  const [u, s, cu, cs] = times(`/proc/${postmaster}/stat`);
  let ms = u! + s! + cu! + cs!;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.split(') ')[1]!.split(' ');
    if (fields[1] !== postmaster) continue; // ppid
    ms += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return ms;
}
