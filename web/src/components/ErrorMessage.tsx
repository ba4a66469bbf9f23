import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage } from '../api';

/** An error from the API (or elsewhere): its message and, when given, the field details. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error instanceof ApiRequestError ? error.details : [];
  return (
    <div className="error-box" role="alert">
      <p>{errorMessage(error)}</p>
      {details.length > 0 ? (
        <>
          <p className="error-details-title">{t('errors.details')}</p>
          <ul>
            {details.map((d, i) => (
              <li key={`${d.path}-${i}`}>
                {d.path ? <code>{d.path}</code> : null} {d.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
