#!/usr/bin/env node
// The `zorgpost` command. TypeScript sources run through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const argv = process.argv.slice(2);
if (argv[0] === 'check') {
  // Straight to the guard: `check` needs neither the database nor the server, whose modules
  // take most of a second to load (start-up target of `zorgpost check`: < 1 s).
  try {
    const { runCheck } = await import('../src/cli/check.ts');
    process.exitCode = await runCheck(argv.slice(1), process);
  } catch (error) {
    console.error(`zorgpost check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} else {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(argv);
}
