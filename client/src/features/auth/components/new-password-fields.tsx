import { useTranslation } from '../../../lib/use-translation.js';
import type { FieldProblem } from '@sstc/shared';
import { Field } from '../../../components/form-field.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../lib/validation.js';

interface NewPasswordFieldsProps {
  problems: Record<string, FieldProblem>;
  /** The field name the API expects for the new password. */
  name?: string;
  label?: string;
}

/** A new password and its repetition, with the rule (length, any script, no common password) stated up front. */
export function NewPasswordFields({ problems, name = 'password', label }: NewPasswordFieldsProps) {
  const { t } = useTranslation('auth');
  return (
    <>
      <Field
        label={label ?? t('new_password')}
        name={name}
        problem={problems[name]}
        hint={t('password_hint', { count: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
      >
        {(control) => <input {...control} type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} />}
      </Field>
      <Field label={t('confirm_password')} name="confirmPassword" problem={problems.confirmPassword}>
        {(control) => <input {...control} type="password" autoComplete="new-password" />}
      </Field>
    </>
  );
}
