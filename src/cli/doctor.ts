// `zorgpost doctor [--lang nl|en]`: prints each check of src/features/ops/doctor.ts; exit code 1
// when something fails. Opens the database without migrating it: a check changes nothing.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config/config';
import { openDatabase } from '../db/client';
import { runDoctor } from '../features/ops/doctor';
import { loadSecretKey, secretBox } from '../features/secrets';

const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;

export async function runDoctorCommand(args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { lang: { type: 'string', default: 'nl' } } });
  const lang = values.lang === 'en' ? 'en' : 'nl';
  const dataDir = path.resolve(config.ZORGPOST_DATA);
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir });
  try {
    const checks = await runDoctor(database.db, config, secretBox(loadSecretKey(config.ZORGPOST_SECRET, dataDir)));
    for (const c of checks) console.log(`${MARK[c.verdict]} ${c.text[lang]}`);
    return checks.some((c) => c.verdict === 'fail') ? 1 : 0;
  } finally {
    await database.close();
  }
}
