import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { AddMemberForm } from '../components/AddMemberForm';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { MemberRow } from '../components/MemberRow';
import { RoleGuide } from '../components/RoleGuide';
import { useApiData } from '../hooks/useApiData';
import { useOrg, useSession } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Member } from '../types';

/** People and roles: everyone sees the list; an admin adds, changes roles and removes. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { org, role, user } = useOrg();
  const { refresh } = useSession();
  const manage = can(role, 'people.manage');
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
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

      {manage ? (
        <section className="card" aria-labelledby="add-member-h">
          <h2 id="add-member-h">{t('people.add')}</h2>
          <AddMemberForm orgId={org.id} onAdded={(member) => members.setData((all) => [...(all ?? []).filter((x) => x.userId !== member.userId), member])} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="roles-h">
        <h2 id="roles-h">{t('people.rolesTitle')}</h2>
        <RoleGuide />
      </section>
    </div>
  );
}
