import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ENROLMENT_ROLES } from '@sstc/shared/values';
import type { Cohort, EnrolmentRole, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { checkForm, readForm } from '../../../lib/validation.js';
import { CountrySelect } from '../../profile/components/country-select.js';
import { LanguageSelect } from '../../profile/components/language-select.js';
import { useAddEnrolment } from '../hooks/use-enrolments.js';

/** Adds one person: someone new is invited by email in their language, someone known is told. */
export function AddEnrolmentForm({ editionId, cohorts }: { editionId: string; cohorts: Cohort[] }) {
  const { t, i18n } = useTranslation(['enrolments', 'common']);
  const add = useAddEnrolment(editionId);
  const form = useRef<HTMLFormElement>(null);
  const [localError, setLocalError] = useState<unknown>(null);
  const error = localError ?? add.error;
  const problems = fieldProblemsOf(error);
  useFocusFirstInvalid(form, error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const target = event.currentTarget;
    setLocalError(null);
    try {
      const values = checkForm(readForm(target));
      add.mutate(
        {
          email: values.email!,
          name: values.name!,
          role: values.role as EnrolmentRole,
          language: values.language as Language,
          cohortId: values.cohortId || null,
          ...(values.country ? { country: values.country } : {}),
          ...(values.organisation?.trim() ? { organisation: values.organisation.trim() } : {}),
        },
        { onSuccess: () => target.reset() },
      );
    } catch (problem) {
      setLocalError(problem);
    }
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="form" data-testid="add-enrolment-form">
      <StatusMessage>
        {add.isSuccess && t(add.data.user.account === 'active' ? 'add.done_active' : 'add.done_invited', { name: add.data.user.name })}
      </StatusMessage>
      <ErrorAlert error={error} />
      <Field label={t('add.email')} name="email" problem={problems.email}>
        {(control) => <input {...control} type="email" autoComplete="off" inputMode="email" spellCheck={false} />}
      </Field>
      <Field label={t('add.name')} name="name" problem={problems.name}>
        {(control) => <input {...control} type="text" maxLength={200} autoComplete="off" />}
      </Field>
      <Field label={t('add.role')} name="role" problem={problems.role}>
        {(control) => (
          <select {...control} defaultValue="participant">
            {ENROLMENT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`common:roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('add.language')} name="language" problem={problems.language}>
        {(control) => <LanguageSelect control={control} defaultValue={i18n.language as Language} />}
      </Field>
      <Field label={t('add.country')} name="country" optional problem={problems.country}>
        {(control) => <CountrySelect control={{ ...control, required: false }} defaultValue="" />}
      </Field>
      <Field label={t('add.organisation')} name="organisation" optional problem={problems.organisation}>
        {(control) => <input {...control} type="text" maxLength={300} />}
      </Field>
      <Field label={t('add.cohort')} name="cohortId" optional problem={problems.cohortId}>
        {(control) => (
          <select {...control} defaultValue="">
            <option value="">{t('no_cohort')}</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={add.isPending}>{t('add.submit')}</SubmitButton>
    </form>
  );
}
