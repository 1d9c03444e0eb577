import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { LANGUAGES } from '@sstc/shared/values';
import {
  editionDateProblems,
  editionTextProblems,
  withDateDefaults,
  type EditionDates,
  type EditionDetail,
  type Language,
  type UpdateEditionRequest,
} from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { formatDate } from '../../../lib/format.js';
import { formText, validationError } from '../../../lib/validation.js';
import { LanguageSelect } from '../../profile/components/language-select.js';
import { TimeZoneSelect } from '../../profile/components/time-zone-select.js';
import { LocalizedFields } from './localized-fields.js';

const OPTIONAL_DATES = [
  'preLearningOpens',
  'preLearningCloses',
  'postLearningOpens',
  'postLearningCloses',
  'electiveDeadline',
  'impactAssessmentOn',
] as const;

/** The edition's fields from the form; dates left empty take the Academy defaults on the server. */
export function readEdition(form: HTMLFormElement): UpdateEditionRequest & Pick<EditionDates, 'faceToFaceStart' | 'faceToFaceEnd'> {
  const data = new FormData(form);
  const text = (name: string) => formText(data, name).trim();
  const dates = Object.fromEntries(OPTIONAL_DATES.map((name) => [name, text(name) || undefined]));
  const localizedText = (name: string) => Object.fromEntries(LANGUAGES.map((l) => [l, text(`${name}.${l}`)]).filter(([, value]) => value));
  return {
    code: text('code'),
    title: localizedText('title'),
    venue: localizedText('venue'),
    timeZone: text('timeZone'),
    defaultLanguage: text('defaultLanguage') as Language,
    languages: data.getAll('languages').map(String) as Language[],
    faceToFaceStart: text('faceToFaceStart'),
    faceToFaceEnd: text('faceToFaceEnd'),
    ...dates,
    postLearningCloses: text('postLearningCloses') || null,
  };
}

/** The checks the shared contracts make, before any request: phases in order, title and venue in the default language. */
export function checkEdition(edition: ReturnType<typeof readEdition>): void {
  const missing = (['code', 'faceToFaceStart', 'faceToFaceEnd'] as const)
    .filter((name) => !edition[name])
    .map((path) => ({ path, code: 'required' as const }));
  if (missing.length) throw validationError(missing);
  const issues = [
    ...editionTextProblems({
      title: edition.title ?? {},
      venue: edition.venue ?? {},
      defaultLanguage: edition.defaultLanguage!,
      languages: edition.languages ?? [],
    }),
    ...editionDateProblems(withDateDefaults(edition)),
  ];
  if (issues.length) throw validationError(issues);
}

interface EditionFormProps {
  edition?: EditionDetail;
  /** Fields only a new edition has (its course, a programme to copy). */
  extra?: ReactNode;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (form: HTMLFormElement) => void;
}

export function EditionForm({ edition, extra, submitLabel, pending, error, onSubmit }: EditionFormProps) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const language = i18n.language as Language;
  const form = useRef<HTMLFormElement>(null);
  const [week, setWeek] = useState({ start: edition?.faceToFaceStart ?? '', end: edition?.faceToFaceEnd ?? '' });
  const problems = fieldProblemsOf(error);
  useFocusFirstInvalid(form, error);
  const defaults = week.start && week.end ? withDateDefaults({ faceToFaceStart: week.start, faceToFaceEnd: week.end }) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(event.currentTarget);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="form" data-testid="edition-form">
      <ErrorAlert error={error} />
      {extra}
      <Field label={t('form.code')} name="code" problem={problems.code} hint={t('form.code_hint')}>
        {(control) => <input {...control} type="text" defaultValue={edition?.code} maxLength={40} autoCapitalize="characters" spellCheck={false} />}
      </Field>
      <LocalizedFields label={t('form.title')} name="title" value={edition?.title} problems={problems} />
      <LocalizedFields label={t('form.venue')} name="venue" value={edition?.venue} problems={problems} />
      <Field label={t('form.time_zone')} name="timeZone" problem={problems.timeZone} hint={t('form.time_zone_hint')}>
        {(control) => <TimeZoneSelect control={control} defaultValue={edition?.timeZone ?? 'Europe/Rome'} />}
      </Field>
      <Field label={t('form.default_language')} name="defaultLanguage" problem={problems.defaultLanguage}>
        {(control) => <LanguageSelect control={control} defaultValue={edition?.defaultLanguage ?? 'en'} />}
      </Field>
      <fieldset className={problems.languages ? 'field field-invalid' : 'field'}>
        <legend>{t('form.languages')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} className="check" lang={l}>
            <input type="checkbox" name="languages" value={l} defaultChecked={edition ? edition.languages.includes(l) : true} /> {languageName(l)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <Field label={t('form.face_to_face_start')} name="faceToFaceStart" problem={problems.faceToFaceStart}>
          {(control) => (
            <input {...control} type="date" defaultValue={week.start} onChange={(e) => setWeek((w) => ({ ...w, start: e.target.value }))} />
          )}
        </Field>
        <Field label={t('form.face_to_face_end')} name="faceToFaceEnd" problem={problems.faceToFaceEnd}>
          {(control) => <input {...control} type="date" defaultValue={week.end} onChange={(e) => setWeek((w) => ({ ...w, end: e.target.value }))} />}
        </Field>
      </div>
      <fieldset className="stack-tight">
        <legend>{t('form.other_dates')}</legend>
        <p className="field-hint">{t('form.other_dates_hint')}</p>
        {OPTIONAL_DATES.map((name) => (
          <Field
            key={name}
            label={t(`form.dates.${name}`)}
            name={name}
            optional
            problem={problems[name]}
            hint={defaults?.[name] ? t('form.default_date', { date: formatDate(defaults[name], language) }) : undefined}
          >
            {(control) => <input {...control} type="date" defaultValue={edition?.[name] ?? ''} />}
          </Field>
        ))}
      </fieldset>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
