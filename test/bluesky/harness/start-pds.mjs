// Starts a real Bluesky PDS with its own in-memory PLC directory on free loopback ports, for
// Zorgpost's Bluesky adapter tests. Runs on Node 22 (the PDS's dependencies need it):
//   node_modules/.bin/node start-pds.mjs     (or: npm start)
// When ready it prints exactly one JSON line to stdout:
//   {"pdsUrl":"http://127.0.0.1:PORT","plcUrl":"http://127.0.0.1:PORT","adminPassword":"...","startMs":N}
// and keeps running until SIGTERM/SIGINT or until stdin closes (so it dies with its parent),
// then stops both servers and removes its temporary data directory.
// Everything else (logs, errors) goes to stderr.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const started = Date.now();
// Keep stdout for the one ready line: the servers' own logging goes to stderr, if enabled.
process.env.LOG_ENABLED ??= 'false';
console.log = console.error;
console.info = console.error;

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`start-pds.mjs needs Node 22 or newer (this is ${process.version}); run it with node_modules/.bin/node`);
  process.exit(2);
}

/** A free TCP port on loopback (bind to port 0, read it, release it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zp-bsky-pds-'));
let plc;
let pds;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await pds?.destroy();
  } catch (error) {
    console.error('stopping PDS:', error);
  }
  try {
    await plc?.destroy();
  } catch (error) {
    console.error('stopping PLC:', error);
  }
  await rm(dataDir, { recursive: true, force: true }).catch(() => {});
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.on('close', () => void stop(0));
process.stdin.on('error', () => void stop(0));
process.stdin.resume();

try {
  const [{ PlcServer, Database }, { PDS }, { Secp256k1Keypair }] = await Promise.all([
    import('@did-plc/server'),
    import('@atproto/pds'),
    import('@atproto/crypto'),
  ]);

  const plcPort = await freePort();
  plc = PlcServer.create({ db: Database.mock(), port: plcPort });
  await plc.start();
  const plcUrl = `http://127.0.0.1:${plcPort}`;

  const pdsPort = await freePort();
  const rotationKey = await Secp256k1Keypair.create({ exportable: true });
  const adminPassword = randomBytes(12).toString('hex');
  pds = await PDS.fromEnv({
    devMode: true,
    hostname: 'localhost',
    port: pdsPort,
    dataDirectory: dataDir,
    blobstoreDiskLocation: path.join(dataDir, 'blobs'),
    blobstoreDiskTmpLocation: path.join(dataDir, 'blobs-tmp'),
    didPlcUrl: plcUrl,
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    jwtSecret: randomBytes(16).toString('hex'),
    adminPassword,
    inviteRequired: false,
    serviceHandleDomains: ['.test'],
    disableSsrfProtection: true,
    rateLimitsEnabled: false,
    crawlers: [],
  });
  await pds.start();

  const pdsUrl = `http://127.0.0.1:${pdsPort}`;
  const health = await fetch(`${pdsUrl}/xrpc/_health`);
  if (!health.ok) throw new Error(`PDS health check answered ${health.status}`);

  process.stdout.write(`${JSON.stringify({ pdsUrl, plcUrl, adminPassword, startMs: Date.now() - started, pid: process.pid })}\n`);
} catch (error) {
  console.error('start-pds failed:', error);
  await stop(1);
}
