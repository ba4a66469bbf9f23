// The demo organisation: people for every role, a website channel and a few weeks of posts,
// past and future. Idempotent: a second run finds the organisation and adds nothing. The password
// comes from the caller (demo-password.ts): random per installation, never a fixed one.
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../db/client';
import { refreshStatistics } from '../db/statistics';
import { channels, memberships, organisations, postEvents, posts, postVariants, users } from '../db/schema';
import { ROLES, type Role } from '../domain/roles';
import { hashPassword } from '../features/auth/passwords';
import { demoPosts } from './demo-posts';
import { seedDefaultTemplates } from '../features/inbox/templates';

export const DEMO_ORG_SLUG = 'zorggroep-rivierenland';
export const demoEmail = (role: Role) => `${role}@demo.zorgpost.nl`;

const people: Record<Role, string> = {
  admin: 'Anouk Bakker',
  editor: 'Eline de Vries',
  approver: 'Pieter van den Berg',
  contributor: 'Samira El Amrani',
  viewer: 'Vincent Jansen',
};

/** Gives the demo accounts (members of the demo organisation) a new password, e.g. after it changed. */
export async function setDemoPasswords(db: Db, password: string): Promise<void> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_ORG_SLUG));
  if (!org) return;
  const passwordHash = await hashPassword(password);
  const members = db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.orgId, org.id));
  await db
    .update(users)
    .set({ passwordHash })
    .where(and(inArray(users.id, members), inArray(users.email, ROLES.map(demoEmail))));
}

export async function seedDemo(db: Db, password: string, now = new Date()): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_ORG_SLUG));
  if (existing) return { created: false };
  const passwordHash = await hashPassword(password);

  await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ slug: DEMO_ORG_SLUG, name: 'Zorggroep Rivierenland', inboxSettings: { phone: '0344 123 456', crisisRegion: 'nl' } })
      .returning();
    await seedDefaultTemplates(tx, org!.id);
    const ids = {} as Record<Role, string>;
    for (const role of ROLES) {
      const email = demoEmail(role);
      let [user] = await tx.select().from(users).where(eq(users.email, email));
      user ??= (await tx.insert(users).values({ email, name: people[role], passwordHash }).returning())[0];
      ids[role] = user!.id;
      await tx.insert(memberships).values({ orgId: org!.id, userId: user!.id, role });
    }
    const [website] = await tx.insert(channels).values({ orgId: org!.id, type: 'website', name: 'Website nieuws', slug: 'nieuws' }).returning();

    const today = DateTime.fromJSDate(now, { zone: org!.timeZone }).startOf('day');
    for (const p of demoPosts) {
      const [hour, minute] = p.time.split(':').map(Number) as [number, number];
      const at = today.plus({ days: p.day }).set({ hour, minute }).toUTC().toJSDate();
      const published = p.status === 'published';
      const [post] = await tx
        .insert(posts)
        .values({
          orgId: org!.id,
          authorId: ids[p.author],
          baseText: p.text,
          status: p.status,
          // The default chain's one step: every reviewer but the author.
          waitingFor: p.status === 'in_review' ? (['approver', 'editor', 'admin'] as const).map((r) => ids[r]).filter((id) => id !== ids[p.author]) : [],
          scheduledAt: at,
          publishedAt: published ? at : null,
          createdAt: new Date(at.getTime() - 3 * 86_400_000),
          updatedAt: published ? at : now,
        })
        .returning();
      await tx
        .insert(postVariants)
        .values({ orgId: org!.id, postId: post!.id, channelId: website!.id, publishedAt: published ? at : null, externalId: published ? post!.id : null });
      await tx.insert(postEvents).values([
        { orgId: org!.id, postId: post!.id, actorId: ids[p.author], action: 'created', toStatus: 'draft', at: new Date(at.getTime() - 3 * 86_400_000) },
        ...(p.status === 'draft'
          ? []
          : [
              {
                orgId: org!.id,
                postId: post!.id,
                actorId: ids.editor,
                action: 'demo',
                fromStatus: 'draft',
                toStatus: p.status,
                reason: p.status === 'changes_requested' ? 'Graag de openingstijden erbij.' : null,
                at: published ? at : now,
              },
            ]),
      ]);
    }
  });
  await refreshStatistics(db);
  return { created: true };
}
