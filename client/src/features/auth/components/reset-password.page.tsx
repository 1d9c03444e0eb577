import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { fieldProblemsOf, isApiError } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { useResetPassword } from '../hooks/use-auth-mutations.js';
import { NewPasswordFields } from './new-password-fields.js';

/** Opened from the emailed link /reset-password/<token>. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const reset = useResetPassword(token);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, reset.error);
  usePageTitle(t('reset.title'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reset.isPending) reset.mutate(readForm(event.currentTarget));
  };

  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      <StatusMessage>
        {reset.isSuccess && (
          <>
            <p>{t('reset.done')}</p>
            <p>
              <Link to="/sign-in">{t('reset.sign_in_link')}</Link>
            </p>
          </>
        )}
      </StatusMessage>
      {!reset.isSuccess && (
        <>
          <ErrorAlert error={reset.error}>
            {isApiError(reset.error, 'reset_token_invalid') && (
              <p>
                <Link to="/forgot-password">{t('reset.request_new_link')}</Link>
              </p>
            )}
          </ErrorAlert>
          <form ref={form} onSubmit={submit} noValidate className="form">
            <NewPasswordFields problems={fieldProblemsOf(reset.error)} />
            <SubmitButton pending={reset.isPending}>{t('reset.submit')}</SubmitButton>
          </form>
        </>
      )}
    </div>
  );
}
