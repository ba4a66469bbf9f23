// The `zorgpost` command: serve, migrate, user create, demo, check, sentiment, triage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config/config';
import type { Db } from '../db/client';
import { describeError, isDatabaseError } from '../db/describe-error';
import { resolveDemoPassword } from '../demo/demo-password';
import { demoEmail, seedDemo, setDemoPasswords } from '../demo/seed-demo';
import { ROLES } from '../domain/roles';
import { boot } from '../runtime/boot';
import { runProcess } from '../runtime/serve';
import { createUserWithMembership } from './user-create';

const usage = `Usage: zorgpost <command>

  serve [--demo]        web app, API and publishing worker in one process (--demo: add the demo organisation)
  web                   web app and API only (with DATABASE_URL, beside separate workers)
  worker                publishing worker only (run any number of them with DATABASE_URL)
  migrate               apply database migrations and exit
  backup [--out FILE]   write a consistent backup (database, media, secret key) into one file
  restore FILE          restore a backup into a new, empty installation (embedded or DATABASE_URL)
  doctor [--lang nl|en] check the installation (database, schema, secret key, public URL, channels, workers)
  demo                  add the demo organisation and print its logins
  user create --email E --name N --org SLUG [--org-name NAME] --role ROLE
                        create an account (password read from ZORGPOST_PASSWORD or the first line of stdin)
  audit verify --org SLUG
                        check the organisation's audit trail (hash chain); exit 1 when it is broken
  audit export --org SLUG [--from DATE] [--to DATE]
                        the audit trail as JSON Lines on stdout (with hashes; --to is exclusive)
  check [--lang nl|en] [--kind post|reply] [--jsonl]
                        privacy check of text on stdin (no database needed)
  sentiment [--lang nl|en] [--jsonl]
                        sentiment indication of text on stdin (no database needed)
  triage [--lang nl|en] [--jsonl]
                        category and urgency of messages on stdin (no database needed)
`;

/** Seeds the demo (once) with this installation's demo password and prints the logins, every start. */
async function seedAndPrintDemo(db: Db, config: Config) {
  const demo = resolveDemoPassword(path.resolve(config.ZORGPOST_DATA), config.ZORGPOST_DEMO_PASSWORD);
  const { created } = await seedDemo(db, demo.password);
  if (!created && demo.changed) await setDemoPasswords(db, demo.password);
  console.log(created ? 'Demo organisation created: Zorggroep Rivierenland' : 'Demo organisation present: Zorggroep Rivierenland');
  const origin =
    demo.source === 'env' ? 'from ZORGPOST_DEMO_PASSWORD' : `generated for this installation, kept in ${demo.file}; ZORGPOST_DEMO_PASSWORD sets your own`;
  console.log(`Log in with one of these (password: ${demo.password} — ${origin}):`);
  for (const role of ROLES) console.log(`  ${role.padEnd(12)} ${demoEmail(role)}`);
  console.log('Demo accounts exist only with --demo; a production start (`serve` without it) never creates them.');
}

async function readStdinLine(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0]!.trim();
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        // Loaded on demand: checking text needs neither the database nor the server.
        return await (await import('./check')).runCheck(rest, process);
      case 'sentiment':
        return await (await import('./sentiment')).runSentiment(rest, process);
      case 'triage':
        // Like check: text only, no database.
        return await (await import('./triage')).runTriage(rest, process);
      case 'serve':
      case 'web':
      case 'worker': {
        const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
        await runProcess(loadConfig(), command === 'serve' ? 'all' : command, {
          beforeStart: async (deps) => {
            if (values.demo) await seedAndPrintDemo(deps.db, deps.config);
          },
        });
        return await new Promise<number>(() => {}); // runs until a signal ends the process
      }
      case 'migrate': {
        const { database } = await boot(loadConfig());
        await database.close();
        console.log('Migrations applied.');
        return 0;
      }
      case 'audit':
        return await (await import('./audit')).runAudit(rest, loadConfig());
      case 'backup':
        return await (await import('./backup')).runBackup(rest, loadConfig());
      case 'restore':
        return await (await import('./backup')).runRestore(rest, loadConfig());
      case 'doctor':
        return await (await import('./doctor')).runDoctorCommand(rest, loadConfig());
      case 'demo': {
        const { database, deps } = await boot(loadConfig());
        await seedAndPrintDemo(deps.db, deps.config);
        await database.close();
        return 0;
      }
      case 'user': {
        const [sub, ...args] = rest;
        if (sub !== 'create') break;
        const { values } = parseArgs({
          args,
          options: { email: { type: 'string' }, name: { type: 'string' }, org: { type: 'string' }, 'org-name': { type: 'string' }, role: { type: 'string' } },
        });
        for (const required of ['email', 'name', 'org', 'role'] as const) {
          if (!values[required]) throw new Error(`--${required} is required`);
        }
        const password = process.env.ZORGPOST_PASSWORD ?? (await readStdinLine());
        const { database, deps } = await boot(loadConfig());
        try {
          console.log(
            await createUserWithMembership(deps.db, {
              email: values.email!,
              name: values.name!,
              password,
              orgSlug: values.org!,
              orgName: values['org-name'],
              role: values.role!,
            }),
          );
        } finally {
          await database.close();
        }
        return 0;
      }
    }
  } catch (error) {
    // A failed query's message holds its parameters (a password hash, an e-mail): never print them.
    const message = error instanceof ConfigError ? error.message : isDatabaseError(error) ? describeError(error) : (error as Error).message;
    console.error(error instanceof ConfigError ? message : `zorgpost ${command}: ${message}`);
    return 1;
  }
  process.stderr.write(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}
