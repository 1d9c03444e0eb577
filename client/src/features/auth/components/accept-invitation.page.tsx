import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { ApiError, fieldProblemsOf } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { ProfileFields } from '../../profile/components/profile-fields.js';
import { useAcceptInvitation, useInvitation } from '../hooks/use-auth-mutations.js';
import { NewPasswordFields } from './new-password-fields.js';

/** Opened from the emailed link /invitation/<token>: complete the profile, choose a password, and join. */
export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, accept.error);
  usePageTitle(t('invitation.title'));

  // Greet the person in the language the organizers invited them in; the switcher can change it.
  const invitedLanguage = invitation.data?.language;
  useEffect(() => {
    if (invitedLanguage) void i18n.changeLanguage(invitedLanguage);
  }, [invitedLanguage, i18n]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accept.isPending) return;
    accept.mutate(readForm(event.currentTarget), { onSuccess: () => void navigate('/', { replace: true }) });
  };

  if (invitation.isPending) return <Loading />;
  if (invitation.isError) {
    // Any refusal of the token (unknown, used, expired, malformed) reads as an invalid invitation.
    const error =
      invitation.error instanceof ApiError && invitation.error.status < 500 ? ApiError.local(410, 'invitation_invalid') : invitation.error;
    return (
      <div className="narrow">
        <h1>{t('invitation.title')}</h1>
        <ErrorAlert error={error}>
          <p>{t('invitation.invalid_help')}</p>
          <p>
            <Link to="/sign-in">{t('invitation.sign_in_link')}</Link>
          </p>
        </ErrorAlert>
      </div>
    );
  }

  const details = invitation.data;
  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro', { name: details.name })}</p>
      <dl className="facts">
        <div>
          <dt>{t('email')}</dt>
          <dd>{details.email}</dd>
        </div>
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>{t(`common:roles.${details.role}`)}</dd>
        </div>
      </dl>
      <ErrorAlert error={accept.error} />
      <form ref={form} onSubmit={submit} noValidate className="form">
        <ProfileFields
          defaults={{
            name: details.name,
            language: details.language,
            country: details.country,
            organisation: details.organisation,
            constituencyGroup: details.constituencyGroup,
          }}
          problems={fieldProblemsOf(accept.error)}
        />
        <NewPasswordFields problems={fieldProblemsOf(accept.error)} label={t('password')} />
        <SubmitButton pending={accept.isPending}>{accept.isPending ? t('invitation.submitting') : t('invitation.submit')}</SubmitButton>
      </form>
    </div>
  );
}
