import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { CurrentUser } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { useUpdateProfile } from '../hooks/use-profile-mutations.js';
import { ProfileFields } from './profile-fields.js';

export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('profile');
  const update = useUpdateProfile();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!update.isPending) update.mutate(readForm(event.currentTarget));
  };

  return (
    <section aria-labelledby="profile-details" className="card">
      <h2 id="profile-details">{t('details.title')}</h2>
      <StatusMessage>{update.isSuccess && t('details.saved')}</StatusMessage>
      <ErrorAlert error={update.error} />
      <form ref={form} onSubmit={submit} noValidate className="form">
        <ProfileFields defaults={user} problems={fieldProblemsOf(update.error)} />
        <SubmitButton pending={update.isPending}>{t('details.submit')}</SubmitButton>
      </form>
    </section>
  );
}
