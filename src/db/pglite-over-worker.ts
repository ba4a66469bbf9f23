// The main thread's side of the embedded database: the part of PGlite's interface Drizzle uses
// (query, exec, transaction) and LISTEN, each forwarded to PGlite in a worker thread
// (pglite-worker.mjs). A transaction's statements all run on the worker inside one PGlite
// transaction, in order; everything else waits for it there, as PGlite does in-process.
import { Worker } from 'node:worker_threads';

interface Results {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

interface QueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, unknown>;
}

type Answer = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: Record<string, unknown> };

/** A thrown database error as in-process PGlite throws it: message plus code, detail, constraint… */
function revive(plain: Record<string, unknown>): Error {
  const error = new Error(String(plain.message));
  Object.assign(error, plain);
  return error;
}

export interface WorkerTransaction {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results & { rows: T[] }>;
  exec(sql: string): Promise<Results[]>;
}

export class PgliteOverWorker {
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly notifyHandlers = new Map<number, () => void>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (msg: Answer | { notify: number } | { ready: true }) => {
      if ('notify' in msg) return this.notifyHandlers.get(msg.notify)?.();
      if ('ready' in msg) return;
      const waiting = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.ok) waiting?.resolve(msg.result);
      else waiting?.reject(revive(msg.error));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the database thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and waits until PGlite is open in it (in memory without a dataDir). */
  static async start(opts: { dataDir?: string; loadDataDirFile?: string } = {}): Promise<PgliteOverWorker> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: opts });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (msg: { ready?: boolean }) => {
        if (msg.ready) {
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the database thread stopped while opening (exit code ${code})`)));
    });
    return new PgliteOverWorker(worker);
  }

  private call<T>(msg: Record<string, unknown>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...msg, id });
    });
  }

  private queryOn(txId: number | undefined, sql: string, params: unknown[] = [], options: QueryOptions = {}) {
    // Drizzle asks for raw date/time text through `parsers`; the worker applies the same ones.
    return this.call<Results>({ op: 'query', txId, sql, params, rowMode: options.rowMode, raw: Boolean(options.parsers) });
  }

  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions) {
    return this.queryOn(undefined, sql, params, options) as Promise<Results & { rows: T[] }>;
  }

  exec(sql: string) {
    return this.call<Results[]>({ op: 'exec', sql });
  }

  async transaction<T>(fn: (tx: WorkerTransaction) => Promise<T>): Promise<T> {
    const txId = this.nextId++;
    await this.call({ op: 'begin', txId });
    const tx: WorkerTransaction = {
      query: (sql, params, options) => this.queryOn(txId, sql, params, options) as never,
      exec: (sql) => this.call<Results[]>({ op: 'exec', txId, sql }),
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      await this.call({ op: 'end', txId, commit: false }).catch(() => {});
      throw error;
    }
    await this.call({ op: 'end', txId, commit: true });
    return result;
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const listenId = this.nextId++;
    this.notifyHandlers.set(listenId, onNotify);
    await this.call({ op: 'listen', channel, listenId });
    return async () => {
      this.notifyHandlers.delete(listenId);
      await this.call({ op: 'unlisten', listenId }).catch(() => {});
    };
  }

  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: 'close' }).catch(() => {});
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
    this.failure = new Error('the database is closed');
  }
}
