// The embedded database belongs to the serving process, so that process backs itself up: every
// BACKUP_HOURS into ZORGPOST_DATA/backups, keeping the newest BACKUP_KEEP files. The schedule is
// read from the files themselves (the newest one's time), so a restart neither skips nor repeats one.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { writeBackup } from '../features/ops/write-backup';

const PREFIX = 'zorgpost-backup-';

async function backupsNewestFirst(dir: string): Promise<{ file: string; at: number }[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith('.tar.gz'));
  const files = await Promise.all(names.map(async (n) => ({ file: path.join(dir, n), at: (await stat(path.join(dir, n))).mtimeMs })));
  return files.sort((a, b) => b.at - a.at);
}

export function startScheduledBackups(
  db: Db,
  opts: {
    dir: string;
    everyHours: number;
    keep: number;
    mediaDir: string;
    secretKey: string;
    log: (line: string) => void;
    /** Start-up goes first: never sooner than this after start. */
    firstDelayMs?: number;
  },
): { stop(): void } {
  const everyMs = opts.everyHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runOnce = async () => {
    await mkdir(opts.dir, { recursive: true, mode: 0o700 });
    const file = path.join(opts.dir, `${PREFIX}${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`);
    const manifest = await writeBackup(db, { mediaDir: opts.mediaDir, secretKey: opts.secretKey, file });
    for (const old of (await backupsNewestFirst(opts.dir)).slice(opts.keep)) await rm(old.file, { force: true });
    opts.log(`backup written: ${file} (${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows, ${manifest.media.length} media files)`);
  };

  const plan = async (atLeastMs: number) => {
    if (stopped) return;
    const newest = (await backupsNewestFirst(opts.dir))[0];
    const due = newest ? newest.at + everyMs - Date.now() : 0;
    timer = setTimeout(
      () => {
        runOnce().then(
          () => plan(0),
          // A failing backup (disk full) is tried again within the hour, not in a tight loop.
          (error) => {
            opts.log(`backup failed: ${(error as Error).message}`);
            return plan(Math.min(everyMs, 3_600_000));
          },
        );
      },
      Math.max(due, atLeastMs),
    );
    timer.unref();
  };
  void plan(opts.firstDelayMs ?? 5_000);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
