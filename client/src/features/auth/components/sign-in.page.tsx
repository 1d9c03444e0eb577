import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { useSignIn } from '../hooks/use-auth-mutations.js';

/** Where a signed-out visitor lands; a successful sign-in returns them where they were going. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const form = useRef<HTMLFormElement>(null);
  const problems = fieldProblemsOf(signIn.error);
  useFocusFirstInvalid(form, signIn.error);
  usePageTitle(t('sign_in.title'));
  const notice = params.get('notice');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!signIn.isPending) signIn.mutate(readForm(event.currentTarget));
  };

  return (
    <div className="narrow">
      <h1>{t('sign_in.title')}</h1>
      <p>{t('sign_in.intro')}</p>
      <StatusMessage>{notice === 'signed_out_everywhere' && t('sign_in.signed_out_everywhere')}</StatusMessage>
      <ErrorAlert error={signIn.error} />
      <form ref={form} onSubmit={submit} noValidate data-testid="sign-in-form" className="form">
        <Field label={t('email')} name="email" problem={problems.email}>
          {(control) => <input {...control} type="email" autoComplete="username" inputMode="email" spellCheck={false} />}
        </Field>
        <Field label={t('password')} name="password" problem={problems.password}>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </Field>
        <SubmitButton pending={signIn.isPending}>{signIn.isPending ? t('sign_in.submitting') : t('sign_in.submit')}</SubmitButton>
      </form>
      <p className="form-aside">
        <Link to="/forgot-password" className="target-link">
          {t('sign_in.forgot_link')}
        </Link>
      </p>
    </div>
  );
}
