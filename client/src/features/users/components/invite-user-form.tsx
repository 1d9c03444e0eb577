import { useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ROLES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { readForm } from '../../../lib/validation.js';
import { LanguageSelect } from '../../profile/components/language-select.js';
import { useInviteUser } from '../hooks/use-users.js';

export function InviteUserForm() {
  const { t, i18n } = useTranslation(['users', 'common']);
  const invite = useInviteUser();
  const form = useRef<HTMLFormElement>(null);
  const problems = fieldProblemsOf(invite.error);
  useFocusFirstInvalid(form, invite.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const target = event.currentTarget;
    invite.mutate(readForm(target), { onSuccess: () => target.reset() });
  };

  return (
    <section aria-labelledby="invite-title" className="card">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <StatusMessage>{invite.isSuccess && t('invite.sent', { email: invite.data.email })}</StatusMessage>
      <ErrorAlert error={invite.error} />
      <form ref={form} onSubmit={submit} noValidate className="form">
        <Field label={t('invite.email')} name="email" problem={problems.email}>
          {(control) => <input {...control} type="email" autoComplete="off" inputMode="email" spellCheck={false} />}
        </Field>
        <Field label={t('invite.name')} name="name" problem={problems.name}>
          {(control) => <input {...control} type="text" autoComplete="off" maxLength={200} />}
        </Field>
        <Field label={t('invite.role')} name="role" problem={problems.role}>
          {(control) => (
            <select {...control} defaultValue="participant">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`common:roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invite.language')} name="language" problem={problems.language}>
          {(control) => <LanguageSelect control={control} defaultValue={i18n.language as Language} />}
        </Field>
        <SubmitButton pending={invite.isPending}>{t('invite.submit')}</SubmitButton>
      </form>
    </section>
  );
}
