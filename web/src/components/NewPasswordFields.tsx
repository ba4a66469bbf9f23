import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './PasswordField';

/** The new password and its repetition, with the rules as a hint: wherever a person chooses a password. */
export function NewPasswordFields(props: {
  id: string;
  refs: { new: RefObject<HTMLInputElement | null>; repeat: RefObject<HTMLInputElement | null> };
  password: string;
  onPassword: (value: string) => void;
  repeat: string;
  onRepeat: (value: string) => void;
  errors: { new?: string; repeat?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        ref={props.refs.new}
        id={`${props.id}-new`}
        label={t('account.new')}
        value={props.password}
        onChange={props.onPassword}
        autoComplete="new-password"
        hint={t('account.rules')}
        error={props.errors.new}
      />
      <PasswordField
        ref={props.refs.repeat}
        id={`${props.id}-repeat`}
        label={t('account.repeat')}
        value={props.repeat}
        onChange={props.onRepeat}
        autoComplete="new-password"
        error={props.errors.repeat}
      />
    </>
  );
}
