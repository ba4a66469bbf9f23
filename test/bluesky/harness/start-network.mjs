// Starts the full local Bluesky network of @atproto/dev-env (TestNetwork: PLC directory, PDS and
// the AppView @atproto/bsky, plus the bsync and ozone services it wires in) on free loopback ports,
// for Zorgpost's Bluesky tests. Runs on Node 22 (the servers' dependencies need it):
//   DB_POSTGRES_URL=postgres://... node_modules/.bin/node start-network.mjs
// The AppView keeps its index in PostgreSQL: DB_POSTGRES_URL names a server (the throwaway
// cluster the test run starts), DB_POSTGRES_SCHEMA (letters and _ only) a schema prefix; the
// network creates appview_*, bsync_* and ozone_* schemas there and this script drops them on stop.
// When ready it prints exactly one JSON line to stdout:
//   {"pdsUrl":"http://localhost:P","bskyUrl":"http://localhost:P","plcUrl":"...","startMs":N,"pid":N}
// and keeps running until SIGTERM/SIGINT or until stdin closes (so it dies with its parent), then
// stops the services and removes its scratch folder. Everything else goes to stderr.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const started = Date.now();
// Keep stdout for the one ready line: the servers' own logging goes to stderr, if enabled.
process.env.LOG_ENABLED ??= 'false';
console.log = console.error;
console.info = console.error;

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`start-network.mjs needs Node 22 or newer (this is ${process.version}); run it with node_modules/.bin/node`);
  process.exit(2);
}

const dbUrl = process.env.DB_POSTGRES_URL;
if (!dbUrl) {
  console.error('start-network.mjs needs DB_POSTGRES_URL (a PostgreSQL server for the AppView)');
  process.exit(2);
}
const schema = process.env.DB_POSTGRES_SCHEMA || `zp_${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
// bsync refuses digits and other characters in its schema name.
if (!/^[a-z_]+$/i.test(schema)) {
  console.error(`DB_POSTGRES_SCHEMA must be letters and _ only (got ${schema})`);
  process.exit(2);
}
// TestNetwork refuses to start without REDIS_HOST, but nothing in it connects to Redis.
process.env.REDIS_HOST ||= 'unused';

// dev-env puts the PDS's data and blob folders in os.tmpdir() and leaves them behind: give it a
// scratch folder of its own, removed on stop.
const scratch = await mkdtemp(path.join(os.tmpdir(), 'zp-bsky-net-'));
process.env.TMPDIR = scratch;

let network;
let stopping = false;

async function dropSchemas() {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: dbUrl });
  try {
    await client.connect();
    for (const prefix of ['appview', 'bsync', 'ozone']) {
      await client.query(`DROP SCHEMA IF EXISTS "${prefix}_${schema}" CASCADE`);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await network?.close();
  } catch (error) {
    console.error('stopping the network:', error);
  }
  await dropSchemas().catch((error) => console.error('dropping the schemas:', error.message));
  await rm(scratch, { recursive: true, force: true }).catch(() => {});
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.on('close', () => void stop(0));
process.stdin.on('error', () => void stop(0));
process.stdin.resume();

try {
  const { TestNetwork } = await import('@atproto/dev-env');
  network = await TestNetwork.create({
    dbPostgresUrl: dbUrl,
    dbPostgresSchema: schema,
    pds: { rateLimitsEnabled: false, crawlers: [] },
  });
  const pdsUrl = network.pds.url;
  const health = await fetch(`${pdsUrl}/xrpc/_health`);
  if (!health.ok) throw new Error(`PDS health check answered ${health.status}`);
  process.stdout.write(
    `${JSON.stringify({ pdsUrl, bskyUrl: network.bsky.url, plcUrl: network.plc.url, schema, startMs: Date.now() - started, pid: process.pid })}\n`,
  );
} catch (error) {
  console.error('start-network failed:', error);
  await stop(1);
}
