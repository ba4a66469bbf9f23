import { useTranslation } from 'react-i18next';

/** A live character count, optionally against a maximum (red and explained when over). */
export function CharCount({ id, count, max }: { id: string; count: number; max?: number }) {
  const { t } = useTranslation();
  const over = max !== undefined && count > max;
  return (
    <span id={id} className={`char-count${over ? ' over' : ''}`} data-over={over ? 'true' : undefined}>
      {max === undefined ? t('composer.charCount', { count }) : t('composer.charCountOf', { count, max })}
      {over ? <strong> · {t('composer.overBy', { count: count - max })}</strong> : null}
    </span>
  );
}
