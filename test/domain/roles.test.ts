// Who may do what, written out per role and action as the specification.
import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, can, isRole, type Action, type Role } from '../../src/domain/roles.ts';

const Y = true;
const N = false;

// prettier-ignore
const MATRIX: Record<Action, Record<Role, boolean>> = {
  //                  viewer contributor approver editor admin
  'post.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
  'post.write': { viewer: N, contributor: Y, approver: N, editor: Y, admin: Y },
  'post.editAny': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  'post.review': { viewer: N, contributor: N, approver: Y, editor: Y, admin: Y },
  'post.schedule': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  'post.cancel': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  // Letting a post the privacy guard blocked go ahead is the approver's call (and the admin's).
  'post.overrideGuard': { viewer: N, contributor: N, approver: Y, editor: N, admin: Y },
  // Crisis mode: pause or resume everything the organisation has scheduled.
  'crisis.switch': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  'media.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
  'media.write': { viewer: N, contributor: Y, approver: N, editor: Y, admin: Y },
  'channel.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
  'channel.manage': { viewer: N, contributor: N, approver: N, editor: N, admin: Y },
  'people.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
  'people.manage': { viewer: N, contributor: N, approver: N, editor: N, admin: Y },
  'org.manage': { viewer: N, contributor: N, approver: N, editor: N, admin: Y },
  'audit.read': { viewer: N, contributor: N, approver: N, editor: N, admin: Y },
  // The consent register names clients: not for viewers; recording and withdrawing is for editors and admins.
  'consent.read': { viewer: N, contributor: Y, approver: Y, editor: Y, admin: Y },
  'consent.manage': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  // The inbox: everyone reads it; those who write or review answer; managers set templates, targets and settings.
  'inbox.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
  'inbox.answer': { viewer: N, contributor: Y, approver: Y, editor: Y, admin: Y },
  'inbox.manage': { viewer: N, contributor: N, approver: N, editor: Y, admin: Y },
  'metrics.read': { viewer: Y, contributor: Y, approver: Y, editor: Y, admin: Y },
};

describe('the permission matrix', () => {
  it('covers every role and every action', () => {
    expect([...ROLES].sort()).toEqual(['admin', 'approver', 'contributor', 'editor', 'viewer']);
    expect([...ACTIONS].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const cells = ACTIONS.flatMap((action) => ROLES.map((role) => ({ role, action, allowed: MATRIX[action][role] })));
  it.each(cells)('$role / $action → $allowed', ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });
});

describe('what each role means', () => {
  const granted = (role: Role) => ACTIONS.filter((a) => can(role, a));

  it('viewer only reads', () => {
    expect(granted('viewer').sort()).toEqual(['channel.read', 'inbox.read', 'media.read', 'metrics.read', 'people.read', 'post.read']);
  });

  it('contributor writes but never reviews or schedules', () => {
    expect(can('contributor', 'post.write')).toBe(true);
    expect(can('contributor', 'media.write')).toBe(true);
    expect(can('contributor', 'post.review')).toBe(false);
    expect(can('contributor', 'post.schedule')).toBe(false);
    expect(can('contributor', 'post.editAny')).toBe(false);
  });

  it('approver reviews but does not write', () => {
    expect(can('approver', 'post.review')).toBe(true);
    expect(can('approver', 'post.write')).toBe(false);
    expect(can('approver', 'media.write')).toBe(false);
    expect(can('approver', 'post.schedule')).toBe(false);
    expect(can('approver', 'crisis.switch')).toBe(false);
  });

  it('editor may do everything except managing people, channels and the organisation (and overriding the privacy guard)', () => {
    expect(ACTIONS.filter((a) => !can('editor', a)).sort()).toEqual(['audit.read', 'channel.manage', 'org.manage', 'people.manage', 'post.overrideGuard']);
  });

  it('admin may do everything', () => {
    expect(granted('admin')).toEqual([...ACTIONS]);
  });
});

describe('isRole', () => {
  it('accepts the five roles and nothing else', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['Admin', 'owner', '', ' admin', null, undefined, 1, {}]) expect(isRole(value)).toBe(false);
  });
});
