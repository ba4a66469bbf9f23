// The embedded database's own thread. PGlite runs every statement synchronously in WebAssembly:
// on the main thread a slow query would stall every request and /healthz. Here it stalls only
// this thread; the main thread (src/db/pglite-over-worker.ts) sends statements and awaits answers.
// Plain JavaScript so it starts the same under tsx, vitest and the release package.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

// Drizzle reads date/time values as the server's text, not as JavaScript dates (as it asks
// PGlite in-process); its parsers are functions and cannot cross threads, so they live here.
const identity = (value) => value;
const RAW_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, identity]),
);

const { dataDir, loadDataDirFile } = workerData ?? {};
const options = loadDataDirFile ? { loadDataDir: new Blob([new Uint8Array(await readFile(loadDataDirFile))]) } : {};
const pg = await PGlite.create(dataDir, options);

const transactions = new Map(); // txId → { tx, finish(commit), done: Promise }
const listeners = new Map(); // listenId → unsubscribe
const ROLLBACK = Symbol('rollback');

/** A database error's fields (code, detail, constraint…) survive the trip as plain data. */
function plainError(error) {
  const out = { message: String(error?.message ?? error), name: error?.name ?? 'Error' };
  for (const [key, value] of Object.entries(error ?? {})) {
    if (value === undefined || typeof value === 'function' || typeof value === 'object') continue;
    out[key] = value;
  }
  return out;
}

function target(txId) {
  if (txId === undefined) return pg;
  const open = transactions.get(txId);
  if (!open) throw new Error(`transaction ${txId} is not open`);
  return open.tx;
}

async function handle(msg) {
  switch (msg.op) {
    case 'query': {
      const queryOptions = { rowMode: msg.rowMode ?? 'object', ...(msg.raw ? { parsers: RAW_PARSERS } : {}) };
      const { rows, fields, affectedRows } = await target(msg.txId).query(msg.sql, msg.params ?? [], queryOptions);
      return { rows, fields, affectedRows };
    }
    case 'exec': {
      const results = await target(msg.txId).exec(msg.sql);
      return results.map(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }));
    }
    case 'begin': {
      // PGlite holds its own lock for the whole callback: statements from outside the
      // transaction wait, exactly as with PGlite on the main thread.
      let finish;
      const decided = new Promise((resolve) => {
        finish = resolve;
      });
      let opened;
      const isOpen = new Promise((resolve) => {
        opened = resolve;
      });
      const done = pg
        .transaction(async (tx) => {
          transactions.set(msg.txId, { tx, finish });
          opened();
          if (!(await decided)) throw ROLLBACK;
        })
        .catch((error) => {
          if (error !== ROLLBACK) throw error;
        })
        .finally(() => transactions.delete(msg.txId));
      await Promise.race([isOpen, done]);
      const open = transactions.get(msg.txId);
      if (!open) {
        await done; // BEGIN itself failed: its error is the answer
        throw new Error('transaction did not open');
      }
      open.done = done;
      return null;
    }
    case 'end': {
      const open = transactions.get(msg.txId);
      if (!open) throw new Error(`transaction ${msg.txId} is not open`);
      open.finish(msg.commit);
      await open.done;
      return null;
    }
    case 'listen': {
      const unsubscribe = await pg.listen(msg.channel, () => parentPort.postMessage({ notify: msg.listenId }));
      listeners.set(msg.listenId, unsubscribe);
      return null;
    }
    case 'unlisten': {
      await listeners.get(msg.listenId)?.();
      listeners.delete(msg.listenId);
      return null;
    }
    case 'close':
      await pg.close();
      return null;
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

parentPort.on('message', (msg) => {
  handle(msg).then(
    (result) => parentPort.postMessage({ id: msg.id, ok: true, result }),
    (error) => parentPort.postMessage({ id: msg.id, ok: false, error: plainError(error) }),
  );
});
parentPort.postMessage({ ready: true });
