// `zorgpost doctor`: checks an installation the way an IT department would before saying it
// works, and says in plain Dutch or English what is wrong and what to do. No check changes data.
import { sql } from 'drizzle-orm';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { latestAppliedMigration, latestKnownMigration } from '../../db/schema-version';
import type { SecretBox } from '../secrets';
import { liveWorkers } from '../publishing/worker-heartbeat';
import { humanAgentOn, metaConfig } from '../../channels/meta/graph';

export type Verdict = 'ok' | 'warn' | 'fail';
type Text = { nl: string; en: string };
export interface DoctorCheck {
  id: string;
  verdict: Verdict;
  text: Text;
}

const check = (id: string, verdict: Verdict, nl: string, en: string): DoctorCheck => ({ id, verdict, text: { nl, en } });

export async function runDoctor(db: Db, config: Config, secrets: SecretBox): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  try {
    await db.execute(sql`SELECT 1`);
    checks.push(check('database', 'ok', 'Database bereikbaar.', 'Database reachable.'));
  } catch (error) {
    const why = (error as Error).message;
    return [check('database', 'fail', `Database niet bereikbaar: ${why}. Controleer DATABASE_URL.`, `Database unreachable: ${why}. Check DATABASE_URL.`)];
  }

  const applied = await latestAppliedMigration(db);
  const known = latestKnownMigration();
  if (applied === known) checks.push(check('migrations', 'ok', 'Databaseschema is actueel.', 'Database schema is current.'));
  else if (applied < known)
    checks.push(
      check(
        'migrations',
        'warn',
        'Er staan databasemigraties klaar; ze lopen bij de volgende start (of: zorgpost migrate).',
        'Database migrations are pending; they run at the next start (or: zorgpost migrate).',
      ),
    );
  else
    checks.push(
      check(
        'migrations',
        'fail',
        'De database is bijgewerkt door een nieuwere Zorgpost: installeer die versie.',
        'The database was upgraded by a newer Zorgpost: install that version.',
      ),
    );

  if (config.publicUrl.startsWith('https://'))
    checks.push(check('public_url', 'ok', `Publiek adres: ${config.publicUrl}.`, `Public address: ${config.publicUrl}.`));
  else
    checks.push(
      check(
        'public_url',
        'warn',
        `PUBLIC_URL is ${config.publicUrl}: zonder https zijn inlogcookies niet 'Secure'. Zet Zorgpost achter een proxy met TLS.`,
        `PUBLIC_URL is ${config.publicUrl}: without https, login cookies are not 'Secure'. Put Zorgpost behind a TLS proxy.`,
      ),
    );

  const channels = (await db.execute(sql`
    SELECT c.name, c.credentials, c.last_error, c.active, o.slug AS org FROM channels c JOIN organisations o ON o.id = c.org_id ORDER BY o.slug, c.name`)) as unknown as {
    rows: { name: string; credentials: string | null; last_error: string | null; active: boolean; org: string }[];
  };
  let unreadable = 0;
  for (const c of channels.rows) {
    if (!c.credentials) continue;
    try {
      secrets.open(c.credentials);
    } catch {
      unreadable++;
    }
  }
  if (unreadable)
    checks.push(
      check(
        'secret_key',
        'fail',
        `${unreadable} kanaal/kanalen hebben inloggegevens die deze sleutel niet kan openen: ZORGPOST_SECRET (of secret.key) is niet de sleutel waarmee ze zijn opgeslagen.`,
        `${unreadable} channel(s) have credentials this key cannot open: ZORGPOST_SECRET (or secret.key) is not the key they were stored with.`,
      ),
    );
  else checks.push(check('secret_key', 'ok', 'Geheime sleutel opent alle opgeslagen inloggegevens.', 'The secret key opens every stored credential.'));

  for (const c of channels.rows.filter((c) => c.active && c.last_error)) {
    checks.push(
      check(
        'channel',
        'warn',
        `Kanaal '${c.name}' (${c.org}) heeft een probleem: ${c.last_error}. Koppel het opnieuw op de kanalenpagina.`,
        `Channel '${c.name}' (${c.org}) has a problem: ${c.last_error}. Reconnect it on the channels page.`,
      ),
    );
  }

  const webhooks = metaWebhookCheck(config, channels.rows.length > 0);
  if (webhooks) checks.push(webhooks);
  const humanAgent = metaHumanAgentCheck();
  if (humanAgent) checks.push(humanAgent);

  const workers = await liveWorkers(db);
  if (workers > 0) checks.push(check('workers', 'ok', `${workers} publicatiewerker(s) actief.`, `${workers} publishing worker(s) alive.`));
  else
    checks.push(
      check(
        'workers',
        'warn',
        'Geen publicatiewerker meldde zich de laatste drie minuten: ingeplande berichten gaan niet uit tot `zorgpost serve` of `zorgpost worker` draait.',
        'No publishing worker reported in the last three minutes: scheduled posts do not go out until `zorgpost serve` or `zorgpost worker` runs.',
      ),
    );
  return checks;
}

/** Meta's webhooks (/hooks/meta): said only when the installation has a Meta app or a verify token. */
function metaWebhookCheck(config: Config, anyChannel: boolean): DoctorCheck | null {
  const secret = Boolean(metaConfig()?.appSecret);
  const token = Boolean(config.META_WEBHOOK_VERIFY_TOKEN);
  const hook = `${config.publicUrl}/hooks/meta`;
  if (!secret && !token) return null;
  if (!secret)
    return check(
      'meta_webhooks',
      'warn',
      'META_WEBHOOK_VERIFY_TOKEN is gezet maar META_APP_ID/META_APP_SECRET niet: /hooks/meta staat uit.',
      'META_WEBHOOK_VERIFY_TOKEN is set but META_APP_ID/META_APP_SECRET are not: /hooks/meta is off.',
    );
  if (!token)
    return anyChannel
      ? check(
          'meta_webhooks',
          'warn',
          'Meta-webhooks staan uit (META_WEBHOOK_VERIFY_TOKEN): Facebook en Instagram worden elke vijf minuten gelezen en @vermeldingen op Instagram niet. Zie docs/operations.md.',
          'Meta webhooks are off (META_WEBHOOK_VERIFY_TOKEN): Facebook and Instagram are read every five minutes and Instagram @mentions not at all. See docs/operations.md.',
        )
      : null;
  if (!config.publicUrl.startsWith('https://'))
    return check(
      'meta_webhooks',
      'warn',
      `Meta kan ${hook} niet aanroepen: het adres moet publiek https zijn (PUBLIC_URL).`,
      `Meta cannot call ${hook}: the address must be public https (PUBLIC_URL).`,
    );
  return check(
    'meta_webhooks',
    'ok',
    `Meta-webhooks aan op ${hook} (abonneer de app in Meta's dashboard, zie docs/operations.md).`,
    `Meta webhooks on at ${hook} (subscribe the app in Meta's dashboard, see docs/operations.md).`,
  );
}

/** Answers to direct messages past Meta's 24 hours (META_HUMAN_AGENT): said only where the installation has a Meta app or the setting. */
function metaHumanAgentCheck(): DoctorCheck | null {
  // As the sending code reads it (src/channels/meta/messenger.ts); the value itself was validated at boot.
  const app = Boolean(metaConfig());
  const on = humanAgentOn();
  if (!app && !on) return null;
  if (!app)
    return check(
      'meta_human_agent',
      'warn',
      'META_HUMAN_AGENT staat aan maar META_APP_ID/META_APP_SECRET niet: er zijn geen Facebook- of Instagram-kanalen.',
      'META_HUMAN_AGENT is on but META_APP_ID/META_APP_SECRET are not: there are no Facebook or Instagram channels.',
    );
  return on
    ? check(
        'meta_human_agent',
        'ok',
        'HUMAN_AGENT aan (META_HUMAN_AGENT): een privébericht op Facebook of Instagram kan tot 7 dagen na het laatste bericht van de persoon beantwoord worden, na 24 uur met het label HUMAN_AGENT. Alleen juist als Meta de app de Human Agent-toestemming gaf; anders weigert Meta die antwoorden. Zie docs/operations.md.',
        "HUMAN_AGENT on (META_HUMAN_AGENT): a Facebook or Instagram direct message can be answered up to 7 days after the person's last message, after 24 hours with the HUMAN_AGENT tag. Right only if Meta granted the app the Human Agent permission; otherwise Meta refuses those answers. See docs/operations.md.",
      )
    : check(
        'meta_human_agent',
        'ok',
        'HUMAN_AGENT uit (META_HUMAN_AGENT): een privébericht op Facebook of Instagram kan alleen binnen 24 uur na het laatste bericht van de persoon beantwoord worden. Heeft de app de Human Agent-toestemming van Meta, zet dan META_HUMAN_AGENT=1 (docs/operations.md).',
        "HUMAN_AGENT off (META_HUMAN_AGENT): a Facebook or Instagram direct message can be answered only within 24 hours of the person's last message. If Meta granted the app the Human Agent permission, set META_HUMAN_AGENT=1 (docs/operations.md).",
      );
}
