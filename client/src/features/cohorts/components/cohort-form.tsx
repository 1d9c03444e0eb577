import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { LANGUAGES } from '@sstc/shared/values';
import type { Cohort, Enrolment, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { checkForm, readForm } from '../../../lib/validation.js';
import { useSaveCohort } from '../hooks/use-cohorts.js';

interface CohortFormProps {
  editionId: string;
  cohort?: Cohort;
  facilitators: Enrolment['user'][];
  onDone?: () => void;
}

export function CohortForm({ editionId, cohort, facilitators, onDone }: CohortFormProps) {
  const { t } = useTranslation(['cohorts', 'errors']);
  const save = useSaveCohort(editionId);
  const form = useRef<HTMLFormElement>(null);
  const [localError, setLocalError] = useState<unknown>(null);
  const error = localError ?? save.error;
  const problems = fieldProblemsOf(error);
  useFocusFirstInvalid(form, error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const target = event.currentTarget;
    const data = new FormData(target);
    setLocalError(null);
    try {
      const values = checkForm(readForm(target));
      const body = {
        name: values.name!.trim(),
        language: (values.language || null) as Language | null,
        facilitatorIds: data.getAll('facilitatorIds').map(String),
      };
      save.mutate({ cohortId: cohort?.id, body }, { onSuccess: () => (cohort ? onDone?.() : target.reset()) });
    } catch (problem) {
      setLocalError(problem);
    }
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="form" data-testid="cohort-form">
      <ErrorAlert error={error} />
      <Field label={t('form.name')} name="name" problem={problems.name}>
        {(control) => <input {...control} type="text" maxLength={120} defaultValue={cohort?.name} />}
      </Field>
      <Field label={t('form.language')} name="language" optional hint={t('form.language_hint')}>
        {(control) => (
          <select {...control} defaultValue={cohort?.language ?? ''}>
            <option value="">{t('form.no_language')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={problems.facilitatorIds ? 'checks field-invalid' : 'checks'}>
        <legend>{t('form.facilitators')}</legend>
        {problems.facilitatorIds && <p className="field-error">{t(`errors:fields.${problems.facilitatorIds}`)}</p>}
        {facilitators.length === 0 && <p className="field-hint">{t('form.no_facilitators')}</p>}
        {facilitators.map((person) => (
          <label key={person.id} className="check">
            <input type="checkbox" name="facilitatorIds" value={person.id} defaultChecked={cohort?.facilitators.some((f) => f.id === person.id)} />{' '}
            {person.name}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={save.isPending}>{cohort ? t('form.save') : t('form.create')}</SubmitButton>
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
