import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, missingLanguages } from '@sstc/shared/values';
import type { EditionDetail, FeedbackPage, LocalizedText } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { MachineDraftsPanel } from '../../translation/machine-drafts-panel.js';
import { feedbackApi } from '../api/feedback.api.js';

/** Organizers: which closed questions of the general assessment to share, the note in four languages, and publication. */
export function FeedbackEditor({ edition, page }: { edition: EditionDetail; page: FeedbackPage }) {
  const { t, i18n } = useTranslation('feedback');
  const queryClient = useQueryClient();
  const [keys, setKeys] = useState<string[]>(page.questionKeys);
  const [note, setNote] = useState<LocalizedText>(page.note);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['feedback', edition.id] });
  const save = useMutation({
    mutationFn: () => feedbackApi.save(edition.id, { surveyId: page.surveyId!, questionKeys: keys, note }),
    onSuccess: refresh,
  });
  // Publishing saves first: what is published is what the form shows.
  const publish = useMutation({
    mutationFn: async () => {
      await feedbackApi.save(edition.id, { surveyId: page.surveyId!, questionKeys: keys, note });
      return feedbackApi.publish(edition.id);
    },
    onSuccess: refresh,
  });
  if (!page.surveyId) return <p>{t('no_survey')}</p>;
  const missing = missingLanguages(note, edition.languages);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="form stack card" onSubmit={submit} aria-labelledby="feedback-editor-title">
      <h3 id="feedback-editor-title">{t('editor.title')}</h3>
      <p className="muted">{page.surveyClosed ? t('editor.closed') : t('editor.open')}</p>
      <fieldset>
        <legend>{t('editor.questions')}</legend>
        <p className="field-hint">{t('editor.questions_hint')}</p>
        {(page.choices ?? []).map((choice) => (
          <div key={choice.key}>
            <label>
              <input
                type="checkbox"
                disabled={!choice.shareable}
                checked={keys.includes(choice.key)}
                onChange={() => setKeys((all) => (all.includes(choice.key) ? all.filter((k) => k !== choice.key) : [...all, choice.key]))}
              />{' '}
              {choice.text}
              {!choice.shareable && <span className="muted"> ({t('editor.free_text')})</span>}
            </label>
          </div>
        ))}
      </fieldset>
      {LANGUAGES.map((language) => (
        <div className="field" key={language}>
          <label htmlFor={`feedback-note-${language}`}>{t('editor.note_in', { language: languageName(language) })}</label>
          <textarea
            id={`feedback-note-${language}`}
            lang={language}
            rows={4}
            maxLength={20_000}
            value={note[language] ?? ''}
            onChange={(e) => setNote((all) => ({ ...all, [language]: e.target.value }))}
          />
        </div>
      ))}
      <p className="muted">
        {missing.length === 0
          ? t('editor.all_languages')
          : t('editor.missing_languages', {
              languages: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(missing.map(languageName)),
            })}
      </p>
      <MachineDraftsPanel
        drafts={page.machineDrafts}
        fill={() => feedbackApi.fillDrafts(edition.id)}
        review={(mark) => feedbackApi.reviewDraft(edition.id, mark)}
        onChanged={refresh}
        fieldName={() => t('editor.note_field')}
      />
      <ErrorAlert error={save.error ?? publish.error} />
      <SubmitButton pending={save.isPending}>{t('editor.save')}</SubmitButton>
      <StatusMessage>{save.isSuccess && t('editor.saved')}</StatusMessage>
      {page.publishedAt ? (
        <p>{t('editor.is_published')}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => publish.mutate()}
          aria-disabled={!page.surveyClosed || publish.isPending || undefined}
        >
          {t('editor.publish')}
        </button>
      )}
    </form>
  );
}
