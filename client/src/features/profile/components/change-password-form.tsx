import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf, isApiError } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { NewPasswordFields } from '../../auth/components/new-password-fields.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useChangePassword } from '../hooks/use-profile-mutations.js';

export function ChangePasswordForm() {
  const { t } = useTranslation('profile');
  const { email } = useSignedInUser();
  const change = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const problems = fieldProblemsOf(change.error);
  // A wrong current password belongs to that field, where the reader will correct it.
  if (isApiError(change.error, 'wrong_password')) problems.currentPassword = 'invalid';
  useFocusFirstInvalid(form, change.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const target = event.currentTarget;
    change.mutate(readForm(target), { onSuccess: () => target.reset() });
  };

  return (
    <section aria-labelledby="profile-password" className="card">
      <h2 id="profile-password">{t('password.title')}</h2>
      <StatusMessage>{change.isSuccess && t('password.changed')}</StatusMessage>
      <ErrorAlert error={change.error} />
      <form ref={form} onSubmit={submit} noValidate className="form">
        {/* Tells password managers whose password this is; never shown, never sent. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field label={t('password.current')} name="currentPassword" problem={problems.currentPassword}>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </Field>
        <NewPasswordFields problems={problems} name="newPassword" />
        <SubmitButton pending={change.isPending}>{t('password.submit')}</SubmitButton>
      </form>
    </section>
  );
}
