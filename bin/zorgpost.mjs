#!/usr/bin/env node
// The `zorgpost` command. It runs the compiled server in dist/server/ (`npm run build:server`,
// part of `npm run release`) when that build is newer than every source file; otherwise the
// TypeScript sources through tsx, as in development. ZORGPOST_FROM_SOURCE=1 forces the sources.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** The compiled entry when it exists and no source file changed after it was built. */
function compiled(name) {
  if (process.env.ZORGPOST_FROM_SOURCE === '1') return null;
  const entry = new URL(`dist/server/${name}.mjs`, root);
  let builtAt;
  try {
    builtAt = statSync(entry).mtimeMs;
  } catch {
    return null;
  }
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(new URL(`${e.name}/`, dir)) : statSync(new URL(e.name, dir)).mtimeMs > builtAt,
    );
  return newer(new URL('src/', root)) ? null : entry.href;
}

async function load(name) {
  const built = compiled(name);
  if (built) return import(built);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(`src/cli/${name}.ts`, root).href);
}

const args = process.argv.slice(2);
// Fast paths: checking text, its sentiment and triaging messages need neither the database nor the
// server, so their modules are not loaded at all (start-up stays well under a second, no database opened).
const TEXT_COMMANDS = { check: 'runCheck', sentiment: 'runSentiment', triage: 'runTriage' };
if (args[0] !== undefined && Object.hasOwn(TEXT_COMMANDS, args[0])) {
  const run = (await load(args[0]))[TEXT_COMMANDS[args[0]]];
  try {
    process.exitCode = await run(args.slice(1), process);
  } catch (error) {
    console.error(`zorgpost ${args[0]}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} else {
  const { main } = await load('main');
  process.exitCode = await main(args);
}
