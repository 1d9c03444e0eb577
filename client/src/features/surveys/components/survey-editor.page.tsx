import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { LANGUAGES, QUESTION_TYPES } from '@sstc/shared/values';
import type { Language, LocalizedText, QuestionType, SurveyContent, SurveyDetail, SurveyQuestion } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useSurvey, useSurveyMutations } from '../hooks/use-surveys.js';
import { DistributionsPanel } from './distributions-panel.js';

/** /surveys/:surveyId: texts in each language with what is missing, the questions, and the distributions. */
export function SurveyEditorPage() {
  const { surveyId = '' } = useParams();
  const survey = useSurvey(surveyId);
  const { t } = useTranslation('surveys');
  usePageTitle(t('editor.title'));
  if (survey.isPending) return <Loading />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;
  return <SurveyEditor key={survey.data.id} survey={survey.data} />;
}

function SurveyEditor({ survey }: { survey: SurveyDetail }) {
  const { t, i18n } = useTranslation('surveys');
  const [content, setContent] = useState<SurveyContent>(survey.content);
  const [anonymous, setAnonymous] = useState(survey.anonymous);
  const [acceptFallback, setAcceptFallback] = useState(survey.acceptFallback);
  const [minGroupSize, setMinGroupSize] = useState(survey.minGroupSize);
  const [language, setLanguage] = useState<Language>(survey.defaultLanguage);
  const { update } = useSurveyMutations(survey.id);
  const locked = Boolean(survey.lockedAt);
  // New content from the server (after a save): editing starts again from it. Adjusted while rendering, as React
  // recommends, rather than in an effect that would first paint the old content.
  const [stored, setStored] = useState(survey.content);
  if (stored !== survey.content) {
    setStored(survey.content);
    setContent(survey.content);
  }
  const fieldIds = useId();

  const text = (field: string, value: LocalizedText, onChange: (next: LocalizedText) => void, label: string, long = false) => {
    const id = `${fieldIds}-${field}`;
    const props = {
      id,
      value: value[language] ?? '',
      lang: language,
      onChange: (e: { target: { value: string } }) => onChange({ ...value, [language]: e.target.value }),
    };
    return (
      <div className={value[language]?.trim() ? 'field' : 'field field-missing'}>
        <label htmlFor={id}>{label}</label>
        {long ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      </div>
    );
  };
  const change = (mutate: (draft: SurveyContent) => void) =>
    setContent((current) => {
      const next = structuredClone(current);
      mutate(next);
      return next;
    });

  return (
    <>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ content, anonymous, acceptFallback, ...(anonymous ? { minGroupSize } : {}) });
        }}
        data-testid="survey-editor"
      >
        <p>
          <Link to="/surveys">{t('editor.back')}</Link> · <Link to={`/surveys/${survey.id}/results`}>{t('home.open_results')}</Link>
        </p>
        <h1>{localized(survey.title, i18n.language as Language, survey.defaultLanguage).value}</h1>
        <p className="muted">
          {t(`kinds.${survey.kind}`)}
          {locked && ` · ${t('editor.locked')}`}
        </p>
        <section aria-labelledby="translations-title" className="stack-tight">
          <h2 id="translations-title">{t('editor.translations')}</h2>
          <ul className="translation-status" data-testid="translation-status">
            {survey.translations.map(({ language: lng, missing }) => (
              <li key={lng} data-language={lng} className={missing.length ? 'missing' : 'complete'}>
                {languageName(lng)}: {missing.length ? t('editor.missing', { count: missing.length }) : t('editor.complete')}
              </li>
            ))}
          </ul>
          <label className="choice">
            <input type="checkbox" checked={acceptFallback} onChange={(e) => setAcceptFallback(e.target.checked)} />{' '}
            {t('editor.accept_fallback', { language: languageName(survey.defaultLanguage) })}
          </label>
          <label className="choice">
            <input type="checkbox" checked={anonymous} disabled={locked} onChange={(e) => setAnonymous(e.target.checked)} /> {t('editor.anonymous')}
          </label>
          {anonymous && (
            <div className="field">
              <label htmlFor="min-group-size">{t('editor.min_group_size')}</label>
              <input
                id="min-group-size"
                type="number"
                min={3}
                max={1000}
                value={minGroupSize}
                onChange={(e) => setMinGroupSize(Math.max(3, Number(e.target.value) || 3))}
              />
            </div>
          )}
        </section>
        <div className="field">
          <label htmlFor="editing-language">{t('editor.editing_language')}</label>
          <select id="editing-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {languageName(lng)}
              </option>
            ))}
          </select>
        </div>
        {text(
          'title',
          content.title,
          (title) =>
            change((d) => {
              d.title = title;
            }),
          t('editor.survey_title'),
        )}
        {text(
          'intro',
          content.intro,
          (intro) =>
            change((d) => {
              d.intro = intro;
            }),
          t('editor.intro'),
          true,
        )}
        {content.sections.map((section, s) => (
          <fieldset key={section.key} className="stack editor-section">
            <legend>{t('editor.section', { number: s + 1 })}</legend>
            {text(
              `${section.key}-title`,
              section.title,
              (title) =>
                change((d) => {
                  d.sections[s]!.title = title;
                }),
              t('editor.section_title'),
            )}
            {section.questions.map((question, q) => (
              <QuestionEditor
                key={question.key}
                question={question}
                locked={locked}
                text={text}
                onChange={(mutate) => change((d) => mutate(d.sections[s]!.questions[q]!))}
                onRemove={() =>
                  change((d) => {
                    d.sections[s]!.questions.splice(q, 1);
                  })
                }
              />
            ))}
            {!locked && (
              <AddQuestion
                onAdd={(type) =>
                  change((d) => {
                    d.sections[s]!.questions.push(newQuestion(type, d));
                  })
                }
              />
            )}
          </fieldset>
        ))}
        <ErrorAlert error={update.error} />
        <StatusMessage>{update.isSuccess && t('editor.saved')}</StatusMessage>
        <SubmitButton pending={update.isPending}>{t('editor.save')}</SubmitButton>
      </form>
      <DistributionsPanel survey={survey} />
    </>
  );
}

type TextField = (field: string, value: LocalizedText, onChange: (next: LocalizedText) => void, label: string, long?: boolean) => ReactNode;

function QuestionEditor({
  question,
  locked,
  text,
  onChange,
  onRemove,
}: {
  question: SurveyQuestion;
  locked: boolean;
  text: TextField;
  onChange: (mutate: (q: SurveyQuestion) => void) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('surveys');
  const choice = question.type === 'single_choice' || question.type === 'multiple_choice';
  return (
    <div className="card stack-tight editor-question" data-question={question.key}>
      <p className="muted">
        {question.key} · {t(`question_types.${question.type}`)}
        {question.showIf && ` · ${t('editor.condition', { question: question.showIf.question, values: question.showIf.anyOf.join(', ') })}`}
      </p>
      {text(
        `${question.key}-text`,
        question.text,
        (value) =>
          onChange((q) => {
            q.text = value;
          }),
        t('editor.question_text'),
        true,
      )}
      {question.options.map((option, o) => (
        <div key={option.value} className="inline-form">
          {text(
            `${question.key}-option-${option.value}`,
            option.label,
            (label) =>
              onChange((q) => {
                q.options[o]!.label = label;
              }),
            t('editor.option', { number: o + 1 }),
          )}
          {!locked && (
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                onChange((q) => {
                  q.options.splice(o, 1);
                })
              }
            >
              {t('editor.remove')}
            </button>
          )}
        </div>
      ))}
      {question.scaleLabels.map((label, l) =>
        text(
          `${question.key}-scale-${l}`,
          label,
          (value) =>
            onChange((q) => {
              q.scaleLabels[l] = value;
            }),
          t('editor.scale_label', { number: l + 1 }),
        ),
      )}
      {!locked && (
        <p className="actions">
          {choice && (
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                onChange((q) => {
                  q.options.push({ value: `option_${q.options.length + 1}_${Date.now() % 1000}`, label: {} });
                })
              }
            >
              {t('editor.add_option')}
            </button>
          )}
          <label className="choice">
            <input
              type="checkbox"
              checked={question.required}
              onChange={(e) =>
                onChange((q) => {
                  q.required = e.target.checked;
                })
              }
            />{' '}
            {t('editor.required')}
          </label>
          <button type="button" className="button button-small button-danger" onClick={onRemove}>
            {t('editor.remove_question')}
          </button>
        </p>
      )}
    </div>
  );
}

function AddQuestion({ onAdd }: { onAdd: (type: QuestionType) => void }) {
  const { t } = useTranslation('surveys');
  const [type, setType] = useState<QuestionType>('short_text');
  return (
    <div className="inline-form">
      <label className="visually-hidden" htmlFor={`add-${type}`}>
        {t('editor.question_type')}
      </label>
      <select id={`add-${type}`} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
        {QUESTION_TYPES.map((k) => (
          <option key={k} value={k}>
            {t(`question_types.${k}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" onClick={() => onAdd(type)}>
        {t('editor.add_question')}
      </button>
    </div>
  );
}

function newQuestion(type: QuestionType, content: SurveyContent): SurveyQuestion {
  const taken = new Set(content.sections.flatMap((s) => s.questions.map((q) => q.key)));
  let n = taken.size + 1;
  while (taken.has(`question_${n}`)) n++;
  const choice = type === 'single_choice' || type === 'multiple_choice';
  return {
    key: `question_${n}`,
    type,
    text: {},
    help: {},
    required: false,
    options: choice
      ? [
          { value: 'option_1', label: {} },
          { value: 'option_2', label: {} },
        ]
      : [],
    scaleLabels: [],
    showIf: null,
  };
}
