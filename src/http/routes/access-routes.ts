// Getting in: invitations (by an admin, answered by the invitee) and password reset links made
// by an admin. Org-scoped routes sit under /api/orgs/{orgId}; the invitee's routes are public
// and carry the one-time token in the body.
import { z } from '@hono/zod-openapi';
import { AcceptInvitationBody, InvitationInfoSchema, SessionSchema, TokenBody } from '../../contracts/auth';
import { ErrorSchema, OrgIdParam, OrgItemParam } from '../../contracts/common';
import { InvitationCreatedSchema, InvitationSchema, InviteBody, MemberParam, ResetLinkSchema } from '../../contracts/organisation';
import { createResetLink } from '../../features/auth/password-reset';
import { describeSession } from '../../features/auth/sessions';
import { acceptAsUser, acceptWithNewAccount, checkInvitation, inviteMember, listInvitations, withdrawInvitation } from '../../features/members/invitations';
import { authorize } from '../../features/org-scope';
import { requireSession } from '../middleware/session';
import { json, jsonBody, route, router } from '../openapi';
import { startSession } from './auth-routes';

export const accessRoutes = router();

const gone = json(ErrorSchema, 'Link used or expired');

accessRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/invitations',
    tags: ['people'],
    request: { params: OrgIdParam, ...jsonBody(InviteBody) },
    responses: { 201: json(InvitationCreatedSchema, 'Invited; the link is shown only now') },
  }),
  async (c) => {
    const { invitation, token } = await inviteMember(authorize(c.get('scope'), 'people.manage'), c.req.valid('json'));
    return c.json({ invitation, link: `${c.get('deps').config.publicUrl}/invite#${token}` }, 201);
  },
);

accessRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/invitations',
    tags: ['people'],
    request: { params: OrgIdParam },
    responses: { 200: json(z.array(InvitationSchema)) },
  }),
  async (c) => c.json(await listInvitations(authorize(c.get('scope'), 'people.manage')), 200),
);

accessRoutes.openapi(
  route({
    method: 'delete',
    path: '/api/orgs/{orgId}/invitations/{id}',
    tags: ['people'],
    request: { params: OrgItemParam },
    responses: { 204: { description: 'Withdrawn; the link no longer works' } },
  }),
  async (c) => {
    await withdrawInvitation(authorize(c.get('scope'), 'people.manage'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

accessRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/members/{userId}/password-reset',
    tags: ['people'],
    request: { params: MemberParam },
    responses: { 201: json(ResetLinkSchema, 'A one-time link, shown only now') },
  }),
  async (c) => {
    const { token, expiresAt } = await createResetLink(authorize(c.get('scope'), 'people.manage'), c.req.valid('param').userId);
    return c.json({ link: `${c.get('deps').config.publicUrl}/reset#${token}`, expiresAt: expiresAt.toISOString() }, 201);
  },
);

accessRoutes.openapi(
  route({
    method: 'post',
    path: '/api/invitations/check',
    tags: ['people'],
    request: jsonBody(TokenBody),
    responses: { 200: json(InvitationInfoSchema), 410: gone },
  }),
  async (c) => c.json(await checkInvitation(c.get('deps').db, c.req.valid('json').token), 200),
);

accessRoutes.openapi(
  route({
    method: 'post',
    path: '/api/invitations/accept',
    tags: ['people'],
    request: jsonBody(AcceptInvitationBody),
    responses: { 200: json(SessionSchema, 'Account made, member, logged in'), 410: gone },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const userId = await acceptWithNewAccount(c.get('deps').db, body.token, body);
    return c.json(await startSession(c, userId), 200);
  },
);

accessRoutes.use('/api/invitations/join', requireSession);
accessRoutes.openapi(
  route({
    method: 'post',
    path: '/api/invitations/join',
    tags: ['people'],
    request: jsonBody(TokenBody),
    responses: { 200: json(SessionSchema, 'Member now'), 410: gone },
  }),
  async (c) => {
    const session = c.get('session')!;
    await acceptAsUser(c.get('deps').db, c.req.valid('json').token, session.userId);
    return c.json(await describeSession(c.get('deps').db, session), 200);
  },
);
