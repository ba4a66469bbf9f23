import { useTranslation } from 'react-i18next';
import { ROLES } from '../lib/permissions';

/** Each role's name with a one-line description. */
export function RoleGuide() {
  const { t } = useTranslation();
  return (
    <dl className="role-guide">
      {ROLES.map((role) => (
        <div key={role}>
          <dt>{t(`roles.${role}`)}</dt>
          <dd>{t(`roleDescriptions.${role}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
