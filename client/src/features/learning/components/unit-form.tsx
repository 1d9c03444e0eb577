import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useNavigate } from 'react-router';
import type { Language, LearningResource, LearningUnit, LocalizedText, ProgrammeItem } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { localized } from '../../../lib/localized.js';
import { useDeleteUnit, usePreview, useSaveUnit } from '../hooks/use-learning.js';
import { KeyQuestionsFields } from './key-questions-fields.js';
import { ResourcesFields } from './resources-fields.js';

interface UnitFormProps {
  editionId: string;
  unit: LearningUnit | undefined;
  languages: Language[];
  defaultLanguage: Language;
  items: ProgrammeItem[];
  allowGeneral: boolean;
  onSaved: (unit: LearningUnit) => void;
}

export interface UnitDraft {
  title: LocalizedText;
  body: LocalizedText;
  keyQuestions: LocalizedText[];
  resources: LearningResource[];
  programmeItemId: string | null;
  estimatedMinutes: number | null;
}

/** Writes one unit in every language of the edition, with a preview of the rendered body. */
export function UnitForm({ editionId, unit, languages, defaultLanguage, items, allowGeneral, onSaved }: UnitFormProps) {
  const { t, i18n } = useTranslation(['learning', 'courses']);
  const navigate = useNavigate();
  const [draft, setDraft] = useState<UnitDraft>(() => ({
    title: unit?.title ?? {},
    body: unit?.body ?? {},
    keyQuestions: unit?.keyQuestions ?? [],
    resources: unit?.resources ?? [],
    programmeItemId: unit ? (unit.programmeItem?.id ?? null) : allowGeneral ? null : (items[0]?.id ?? null),
    estimatedMinutes: unit?.estimatedMinutes ?? null,
  }));
  // The editor starts in their own language when the edition offers it.
  const [writing, setWriting] = useState<Language>(() =>
    languages.includes(i18n.language as Language) ? (i18n.language as Language) : defaultLanguage,
  );
  const save = useSaveUnit(editionId, unit?.id);
  const remove = useDeleteUnit();
  const preview = usePreview();
  const problems = fieldProblemsOf(save.error);
  const missing = languages.filter((language) => !draft.title[language]?.trim() || !draft.body[language]?.trim());
  const setText = (field: 'title' | 'body', value: string) => setDraft((d) => ({ ...d, [field]: { ...d[field], [writing]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft, { onSuccess: onSaved });
  };
  const destroy = () => {
    if (!unit || !window.confirm(t('editor.delete_confirm'))) return;
    remove.mutate(unit.id, { onSuccess: () => void navigate(`/editions/${editionId}/learning`) });
  };

  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <ErrorAlert error={save.error ?? remove.error} />
      <p className={missing.length ? 'missing-languages' : 'muted'} role="status" data-testid="missing-languages">
        {missing.length
          ? t('editor.missing', { languages: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(missing.map(languageName)) })
          : t('editor.all_languages')}
      </p>
      <fieldset className="language-tabs">
        <legend>{t('editor.writing_in')}</legend>
        {languages.map((language) => (
          <label key={language}>
            <input type="radio" name="writing" value={language} checked={writing === language} onChange={() => setWriting(language)} />{' '}
            {languageName(language)}
            {missing.includes(language) && <span className="muted"> ({t('editor.incomplete')})</span>}
          </label>
        ))}
      </fieldset>
      <Field label={t('editor.title_in', { language: languageName(writing) })} name="title" problem={problems.title}>
        {(control) => (
          <input
            {...control}
            required={writing === defaultLanguage}
            lang={writing}
            value={draft.title[writing] ?? ''}
            onChange={(e) => setText('title', e.target.value)}
            maxLength={300}
          />
        )}
      </Field>
      <Field label={t('editor.body_in', { language: languageName(writing) })} name="body" hint={t('editor.body_hint')} optional>
        {(control) => (
          <textarea {...control} lang={writing} rows={14} value={draft.body[writing] ?? ''} onChange={(e) => setText('body', e.target.value)} />
        )}
      </Field>
      <div className="stack-tight">
        <button type="button" className="button" onClick={() => preview.mutate(draft.body[writing] ?? '')}>
          {t('editor.preview')}
        </button>
        <ErrorAlert error={preview.error} />
        {preview.data && (
          <section
            className="card unit-body preview"
            aria-label={t('editor.preview_of', { language: languageName(writing) })}
            lang={writing}
            data-testid="unit-preview"
          >
            {/* Sanitized by the server, exactly as readers will see it. */}
            <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
          </section>
        )}
      </div>
      <KeyQuestionsFields questions={draft.keyQuestions} language={writing} onChange={(keyQuestions) => setDraft((d) => ({ ...d, keyQuestions }))} />
      <ResourcesFields
        resources={draft.resources}
        languages={languages}
        problems={problems}
        onChange={(resources) => setDraft((d) => ({ ...d, resources }))}
      />
      <Field label={t('editor.programme_item')} name="programmeItemId" problem={problems.programmeItemId}>
        {(control) => (
          <select
            {...control}
            value={draft.programmeItemId ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, programmeItemId: e.target.value || null }))}
          >
            {allowGeneral && <option value="">{t('unit.general')}</option>}
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {t(`courses:programme.item_label.${item.kind}`, { number: item.number })}:{' '}
                {localized(item.title, i18n.language as Language, defaultLanguage).value}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('editor.estimated_minutes')} name="estimatedMinutes" problem={problems.estimatedMinutes} optional>
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={600}
            inputMode="numeric"
            value={draft.estimatedMinutes ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, estimatedMinutes: e.target.value ? Number(e.target.value) : null }))}
          />
        )}
      </Field>
      <p className="actions">
        <SubmitButton pending={save.isPending}>{t('editor.save')}</SubmitButton>
        {unit && (
          <button type="button" className="button button-danger" onClick={destroy}>
            {t('editor.delete')}
          </button>
        )}
      </p>
    </form>
  );
}
