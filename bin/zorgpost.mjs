#!/usr/bin/env node
// The `zorgpost` command. TypeScript sources run through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
if (args[0] === 'check') {
  // Fast path: checking text needs neither the database nor the server, so their modules
  // are not loaded at all (start-up of `zorgpost check` stays well under a second).
  const { runCheck } = await import('../src/cli/check.ts');
  try {
    process.exitCode = await runCheck(args.slice(1), process);
  } catch (error) {
    console.error(`zorgpost check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} else {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
