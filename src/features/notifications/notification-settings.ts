// A person's notification settings (for all their organisations): which kinds, e-mail on or off,
// and a daily digest instead of single mails.
import { eq } from 'drizzle-orm';
import type { NotificationSettings, UpdateNotificationSettingsInput } from '../../contracts/notification';
import type { Db } from '../../db/client';
import { notificationSettings } from '../../db/schema';
import { mailConfig } from './mail-config';

export async function getNotificationSettings(db: Db, userId: string): Promise<NotificationSettings> {
  const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
  return {
    mutedKinds: (row?.mutedKinds ?? []) as NotificationSettings['mutedKinds'],
    email: row?.email ?? true,
    digest: row?.digest ?? false,
    mailAvailable: mailConfig() !== null,
  };
}

export async function updateNotificationSettings(db: Db, userId: string, input: UpdateNotificationSettingsInput): Promise<NotificationSettings> {
  const values = { mutedKinds: [...new Set(input.mutedKinds)], email: input.email, digest: input.digest };
  await db
    .insert(notificationSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: values });
  return getNotificationSettings(db, userId);
}
