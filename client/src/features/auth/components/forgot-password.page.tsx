import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { useForgotPassword } from '../hooks/use-auth-mutations.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const forgot = useForgotPassword();
  const form = useRef<HTMLFormElement>(null);
  const problems = fieldProblemsOf(forgot.error);
  useFocusFirstInvalid(form, forgot.error);
  usePageTitle(t('forgot.title'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!forgot.isPending) forgot.mutate(readForm(event.currentTarget));
  };

  return (
    <div className="narrow">
      <h1>{t('forgot.title')}</h1>
      {/* The answer is the same whether or not the address has an account: nothing leaks. */}
      <StatusMessage>{forgot.isSuccess && t('forgot.sent', { email: forgot.data })}</StatusMessage>
      {!forgot.isSuccess && (
        <>
          <p>{t('forgot.intro')}</p>
          <ErrorAlert error={forgot.error} />
          <form ref={form} onSubmit={submit} noValidate className="form">
            <Field label={t('email')} name="email" problem={problems.email}>
              {(control) => <input {...control} type="email" autoComplete="email" inputMode="email" spellCheck={false} />}
            </Field>
            <SubmitButton pending={forgot.isPending}>{t('forgot.submit')}</SubmitButton>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgot.back_to_sign_in')}</Link>
      </p>
    </div>
  );
}
