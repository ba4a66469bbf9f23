// `zorgpost user create`: an account and its membership, e.g. the first admin of an installation.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { memberships, organisations, users } from '../db/schema';
import { isRole } from '../domain/roles';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '../features/auth/password-policy';
import { hashPassword } from '../features/auth/passwords';
import { seedDefaultTemplates } from '../features/inbox/templates';
import { translate } from '../i18n/messages';

export interface UserCreateInput {
  email: string;
  name: string;
  password: string;
  orgSlug: string;
  orgName?: string;
  role: string;
}

export async function createUserWithMembership(db: Db, input: UserCreateInput): Promise<string> {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) throw new Error(`--email: "${input.email}" is not an e-mail address`);
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new Error(`password: ${translate('en', problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })}`);
  if (!isRole(input.role)) throw new Error(`--role: "${input.role}" is not one of admin, editor, approver, contributor, viewer`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.orgSlug)) throw new Error(`--org: "${input.orgSlug}" must be lowercase letters, digits and dashes`);
  const email = input.email.toLowerCase();
  const role = input.role;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    let [org] = await tx.select().from(organisations).where(eq(organisations.slug, input.orgSlug));
    if (!org) {
      [org] = await tx
        .insert(organisations)
        .values({ slug: input.orgSlug, name: input.orgName ?? input.orgSlug })
        .returning();
      // A new organisation starts with the inbox's reply templates (crisis referral, continue privately, …).
      await seedDefaultTemplates(tx, org!.id);
    }
    const [existing] = await tx.select().from(users).where(eq(users.email, email));
    if (existing) throw new Error(`--email: an account for ${email} already exists`);
    const [user] = await tx.insert(users).values({ email, name: input.name, passwordHash }).returning();
    await tx.insert(memberships).values({ orgId: org!.id, userId: user!.id, role });
    return `${email} is ${role} of ${org!.name}`;
  });
}
