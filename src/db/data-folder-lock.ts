// The embedded database (PGlite) is one process's private memory over files on disk: a second
// process opening the same data folder works on its own copy and the writes of one of them are
// silently lost. So a data folder has one owner at a time, recorded in a lock file holding the
// owner's process id. A lock whose process is gone (killed, power cut) is taken over.
// The folder and everything in it is readable by its owner only (0700 folders, 0600 files).
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`data folder ${dataDir} is in use by process ${pid}; stop it first (one process per embedded data folder; use DATABASE_URL for several)`);
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

const LOCK_FILE = 'zorgpost.lock';
/** Folders locked by this process (a second open in the same process is refused as well). */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): number | null {
  try {
    return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0]!, 10);
  } catch {
    return null;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Makes a data folder and everything already in it owner-only. */
export function restrictToOwner(dir: string): void {
  let entries: import('node:fs').Dirent[];
  try {
    chmodSync(dir, 0o700);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // not ours to change (or gone): the lock and the database will say what is wrong
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictToOwner(full);
    else if (entry.isFile()) {
      try {
        chmodSync(full, 0o600);
      } catch {}
    }
  }
}

export function lockDataFolder(dataDirIn: string): DataFolderLock {
  const dataDir = path.resolve(dataDirIn);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = path.join(dataDir, LOCK_FILE);
  if (held.has(dataDir)) throw new DataFolderInUseError(dataDir, process.pid);

  for (let attempt = 0; ; attempt++) {
    if (tryCreate(file)) break;
    const owner = readOwner(file);
    // Our own pid in an old lock file: a previous run of this process id (a container's pid 1).
    if (owner !== null && owner !== process.pid && isAlive(owner)) throw new DataFolderInUseError(dataDir, owner);
    if (attempt >= 3) throw new DataFolderInUseError(dataDir, owner ?? -1);
    // A stale lock: take it over. One process at a time may do so (the takeover file is
    // exclusive); the others see the new owner's lock on their next attempt.
    const takeover = `${file}.takeover`;
    try {
      if (Date.now() - statSync(takeover).mtimeMs > 10_000) rmSync(takeover, { force: true });
    } catch {}
    if (tryCreate(takeover)) {
      try {
        if (readOwner(file) === owner) rmSync(file, { force: true });
      } finally {
        rmSync(takeover, { force: true });
      }
    }
  }
  held.add(dataDir);

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(dataDir);
    process.off('exit', release);
    try {
      if (readOwner(file) === process.pid) unlinkSync(file);
    } catch {}
  };
  process.on('exit', release);
  return { file, release };
}
