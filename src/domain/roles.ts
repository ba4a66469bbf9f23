// Who may do what (product.md, "Who uses it"). One table, checked by `can`; routes never
// compare role names themselves.
export const ROLES = ['admin', 'editor', 'approver', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'post.read',
  'post.write', // create and edit own drafts, set the planned time, submit for review
  'post.editAny', // edit someone else's post
  'post.review', // approve or return (never one's own post)
  'post.schedule', // schedule, publish now, unschedule, retry
  'post.cancel',
  'post.overrideGuard', // let a post the privacy guard blocks go ahead, with a written reason
  'crisis.switch', // pause or resume everything the organisation has scheduled
  'media.read',
  'media.write',
  'channel.read',
  'channel.manage',
  'people.read',
  'people.manage',
  'org.manage',
  'audit.read', // read the organisation's audit trail and check its hash chain (admins only)
  'consent.read', // see the consent register: who may appear in media (everyone who works on posts)
  'consent.manage', // record people, consents and signed forms; withdraw a consent and take posts down
  'inbox.read', // read the inbox: reactions, threads, notes, response times
  'inbox.answer', // assign, label, change state, write notes and replies
  'inbox.manage', // templates, response-time targets and the inbox settings (managers)
  'metrics.read', // read the figures of published posts, their exports and reports (everyone: a board member is a viewer)
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: Action[] = ['post.read', 'media.read', 'channel.read', 'people.read', 'inbox.read', 'metrics.read'];
const writer: Action[] = [...everyone, 'post.write', 'media.write', 'consent.read', 'inbox.answer'];

const grants: Record<Role, ReadonlySet<Action>> = {
  viewer: new Set(everyone),
  contributor: new Set(writer),
  approver: new Set([...everyone, 'post.review', 'post.overrideGuard', 'consent.read', 'inbox.answer']),
  editor: new Set([...writer, 'post.editAny', 'post.review', 'post.schedule', 'post.cancel', 'crisis.switch', 'consent.manage', 'inbox.manage']),
  // admin: every action, including the guard override (product.md: admins manage rules and policy)
  admin: new Set(ACTIONS),
};

export function can(role: Role, action: Action): boolean {
  return grants[role].has(action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
