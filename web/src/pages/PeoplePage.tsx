import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { InviteForm } from '../components/InviteForm';
import { Loading } from '../components/Loading';
import { MemberRow } from '../components/MemberRow';
import { OrganisationLogo } from '../components/OrganisationLogo';
import { PendingInvitations } from '../components/PendingInvitations';
import { RoleGuide } from '../components/RoleGuide';
import { useApiData } from '../hooks/useApiData';
import { useOrg, useSession } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Invitation, Member } from '../types';

/** People and roles: everyone sees the list; an admin adds, changes roles and removes. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { org, role, user } = useOrg();
  const { refresh } = useSession();
  const manage = can(role, 'people.manage');
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
  const invitations = useApiData<Invitation[]>(manage ? orgPath(org.id, '/invitations') : null);
  const list = [...(members.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page people-page">
      <h1>{t('people.title')}</h1>
      <p className="muted">{t('people.intro', { org: org.name })}</p>

      <section className="card" aria-labelledby="members-h">
        <h2 id="members-h">{t('people.list')}</h2>
        {members.error ? <ErrorMessage error={members.error} /> : null}
        {members.loading && !members.data ? <Loading /> : null}
        {members.data && list.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
        {list.length > 0 ? (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.role')}</th>
                {manage ? <th scope="col">{t('people.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <MemberRow
                  key={m.userId}
                  member={m}
                  orgId={org.id}
                  orgName={org.name}
                  timeZone={org.timeZone}
                  isSelf={m.userId === user.id}
                  manage={manage}
                  onChanged={(updated) => {
                    members.setData((all) => (all ?? []).map((x) => (x.userId === updated.userId ? updated : x)));
                    if (updated.userId === user.id) void refresh();
                  }}
                  onRemoved={(userId) => members.setData((all) => (all ?? []).filter((x) => x.userId !== userId))}
                />
              ))}
            </tbody>
          </table>
        ) : null}
        {!manage ? <p className="hint">{t('people.onlyAdmin')}</p> : null}
      </section>

      {can(role, 'org.manage') ? <OrganisationLogo orgId={org.id} orgName={org.name} /> : null}

      {manage ? (
        <section className="card" aria-labelledby="pending-h">
          <h2 id="pending-h">{t('access.pendingTitle')}</h2>
          {invitations.error ? <ErrorMessage error={invitations.error} /> : null}
          {invitations.data ? (
            <PendingInvitations
              orgId={org.id}
              timeZone={org.timeZone}
              invitations={invitations.data}
              onWithdrawn={(id) => invitations.setData((all) => (all ?? []).filter((x) => x.id !== id))}
            />
          ) : null}
        </section>
      ) : null}

      {manage ? (
        <section className="card" aria-labelledby="invite-h">
          <h2 id="invite-h">{t('access.inviteTitle')}</h2>
          <InviteForm
            orgId={org.id}
            timeZone={org.timeZone}
            onInvited={(invitation) =>
              invitations.setData((all) =>
                [...(all ?? []).filter((x) => x.email !== invitation.email), invitation].sort((a, b) => a.email.localeCompare(b.email)),
              )
            }
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="roles-h">
        <h2 id="roles-h">{t('people.rolesTitle')}</h2>
        <RoleGuide />
      </section>
    </div>
  );
}
