import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useNavigate } from 'react-router';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { Field } from '../../../components/form-field.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { localized } from '../../../lib/localized.js';
import { formText, validationError } from '../../../lib/validation.js';
import { useCourses, useCreateEdition, useEditions } from '../hooks/use-editions.js';
import { checkEdition, EditionForm, readEdition } from './edition-form.js';
import { LocalizedFields } from './localized-fields.js';

const NEW_COURSE = 'new';

/** A new edition, of an existing course or of a new one, optionally copying an earlier programme. */
export function NewEditionPage() {
  const { t, i18n } = useTranslation('courses');
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const courses = useCourses();
  const editions = useEditions();
  const create = useCreateEdition();
  const [courseChoice, setCourseChoice] = useState<string>();
  const [localError, setLocalError] = useState<unknown>(null);
  const error = localError ?? create.error;
  const problems = fieldProblemsOf(error);
  usePageTitle(t('form.new_title'));
  const choice = courseChoice ?? courses.data?.[0]?.id ?? NEW_COURSE;

  const submit = (form: HTMLFormElement) => {
    setLocalError(null);
    try {
      const edition = readEdition(form);
      checkEdition(edition);
      const data = new FormData(form);
      const copyFrom = formText(data, 'copyFrom') || undefined;
      const course =
        choice === NEW_COURSE
          ? {
              code: formText(data, 'courseCode').trim(),
              title: Object.fromEntries(LANGUAGES.map((l) => [l, formText(data, `courseTitle.${l}`).trim()]).filter(([, v]) => v)),
            }
          : undefined;
      if (course && !course.code) throw validationError([{ path: 'courseCode', code: 'required' }]);
      create.mutate(
        {
          course,
          edition: {
            ...edition,
            code: edition.code!,
            title: edition.title!,
            venue: edition.venue!,
            timeZone: edition.timeZone!,
            defaultLanguage: edition.defaultLanguage!,
            languages: edition.languages!,
            courseId: course ? undefined : choice,
            copyFrom,
          },
        },
        {
          onSuccess: (created) => navigate(`/editions/${created.id}/programme`),
        },
      );
    } catch (problem) {
      setLocalError(problem);
    }
  };

  // A copy usually runs at the same place: its venue fills the languages the organizer has not typed yet.
  const fillVenue = (select: HTMLSelectElement) => {
    const source = editions.data?.find((edition) => edition.id === select.value);
    if (!source || !select.form) return;
    for (const l of LANGUAGES) {
      const input = select.form.elements.namedItem(`venue.${l}`);
      if (input instanceof HTMLInputElement && !input.value.trim()) input.value = source.venue[l] ?? '';
    }
  };

  const extra = (
    <>
      <Field label={t('form.course')} name="courseId" problem={problems.courseId}>
        {(control) => (
          <select {...control} value={choice} onChange={(event) => setCourseChoice(event.target.value)}>
            {courses.data?.map((course) => (
              <option key={course.id} value={course.id}>
                {course.code} – {localized(course.title, language, 'en').value}
              </option>
            ))}
            <option value={NEW_COURSE}>{t('form.new_course')}</option>
          </select>
        )}
      </Field>
      {choice === NEW_COURSE && (
        <fieldset className="stack-tight">
          <legend>{t('form.new_course')}</legend>
          <Field label={t('form.course_code')} name="courseCode" problem={problems.courseCode ?? problems.code}>
            {(control) => <input {...control} type="text" maxLength={40} spellCheck={false} />}
          </Field>
          <LocalizedFields label={t('form.course_title')} name="courseTitle" problems={problems} />
        </fieldset>
      )}
      <Field label={t('form.copy_from')} name="copyFrom" optional hint={t('form.copy_from_hint')}>
        {(control) => (
          <select {...control} defaultValue="" onChange={(event) => fillVenue(event.currentTarget)}>
            <option value="">{t('form.copy_nothing')}</option>
            {editions.data?.map((edition) => (
              <option key={edition.id} value={edition.id}>
                {edition.code} – {localized(edition.title, language, edition.defaultLanguage).value}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );

  return (
    <div className="stack narrow-wide">
      <p>
        <Link to="/">{t('edition.back')}</Link>
      </p>
      <h1>{t('form.new_title')}</h1>
      <p>{t('form.new_intro')}</p>
      <EditionForm extra={extra} submitLabel={t('form.create')} pending={create.isPending} error={error} onSubmit={submit} />
    </div>
  );
}
