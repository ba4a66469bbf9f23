// Sends the mail outbox. Like publishing, a mail is claimed with a lease (FOR UPDATE SKIP LOCKED),
// so two workers never take the same mail and a mail whose worker died is taken over when the
// lease runs out. Sent is stored right after the server accepted it; a process that dies in
// between sends it again on takeover, with the same Message-ID so mail programs show it once.
// A mail about an organisation goes only to its members: one queued for someone who has left since
// (removeMember withdraws them; this catches one queued while the removal committed) is dropped unsent.
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import { log } from '../../log/logger';
import { mailConfig } from './mail-config';

export const MAIL_LEASE_MS = 120_000;
export const MAIL_MAX_ATTEMPTS = 6;

type OutboxRow = typeof mailOutbox.$inferSelect & { memberLeft: boolean };

export async function claimMail(db: Db, worker: string, limit: number): Promise<OutboxRow[]> {
  const result = await db.execute(sql`
    UPDATE mail_outbox SET lease_owner = ${worker}, lease_expires_at = now() + ${`${MAIL_LEASE_MS} milliseconds`}::interval, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
        AND (lease_expires_at IS NULL OR lease_expires_at < now())
      ORDER BY next_attempt_at LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  // Both drivers (PGlite and node-postgres) answer raw SQL with `{ rows }`.
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  if (!ids.length) return [];
  // Names written out: drizzle leaves the columns of a one-table select unqualified, which the subquery would misread.
  const memberLeft = sql<boolean>`mail_outbox.org_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memberships m
    WHERE m.org_id = mail_outbox.org_id AND m.user_id = mail_outbox.user_id)`;
  return db
    .select({ ...getTableColumns(mailOutbox), memberLeft })
    .from(mailOutbox)
    .where(inArray(mailOutbox.id, ids));
}

/** Sends what is due; returns how many mails the SMTP server accepted. */
export async function sendDueMail(db: Db, worker: string, limit = 20): Promise<number> {
  const mail = mailConfig();
  if (!mail) return 0;
  let sent = 0;
  for (const row of await claimMail(db, worker, limit)) {
    const mine = and(eq(mailOutbox.id, row.id), eq(mailOutbox.leaseOwner, worker));
    if (row.memberLeft) {
      await db.delete(mailOutbox).where(mine);
      continue;
    }
    try {
      await mail.transport.sendMail({
        from: mail.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.body,
        messageId: `<${row.id}@zorgpost>`,
        headers: { 'Content-Language': row.lang, 'Auto-Submitted': 'auto-generated' },
      });
      await db.update(mailOutbox).set({ sentAt: new Date(), leaseOwner: null, leaseExpiresAt: null }).where(mine);
      sent++;
    } catch (error) {
      const last = row.attempts >= MAIL_MAX_ATTEMPTS;
      const retryIn = Math.min(3_600_000, 30_000 * 2 ** row.attempts);
      await db
        .update(mailOutbox)
        .set(last ? { failedAt: new Date(), leaseOwner: null } : { nextAttemptAt: new Date(Date.now() + retryIn), leaseOwner: null, leaseExpiresAt: null })
        .where(mine);
      // The address stays out of the log; the outbox row says who.
      log.warn({ mailId: row.id, attempts: row.attempts, error: (error as Error).message.split('\n')[0] }, 'mail not sent');
    }
  }
  return sent;
}
