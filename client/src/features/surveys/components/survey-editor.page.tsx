import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Link, useParams } from 'react-router';
import { CLOSED_QUESTION_TYPES, LANGUAGES, QUESTION_TYPES } from '@sstc/shared/values';
import { allowedValues, contentIssues } from '@sstc/shared';
import type { Language, LocalizedText, QuestionType, SurveyContent, SurveyDetail, SurveyQuestion } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useSurvey, useSurveyMutations } from '../hooks/use-surveys.js';
import { MachineDraftsPanel } from '../../translation/machine-drafts-panel.js';
import { surveysApi } from '../api/surveys.api.js';
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
  const client = useQueryClient();
  const locked = Boolean(survey.lockedAt);
  // The translation status counts a machine draft as present, and says how many are not reviewed yet.
  const draftsIn = (lng: Language) => survey.machineDrafts.filter((mark) => mark.language === lng).length;
  // New content from the server (after a save): editing starts again from it. Adjusted while rendering, as React
  // recommends, rather than in an effect that would first paint the old content.
  const [stored, setStored] = useState(survey.content);
  if (stored !== survey.content) {
    setStored(survey.content);
    setContent(survey.content);
  }
  const fieldIds = useId();
  // Conditions are checked as the API checks them (contentIssues), shown once a save was tried.
  const [checked, setChecked] = useState(false);
  const problems = conditionProblems(content);

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
          setChecked(true);
          if (problems.size > 0) return;
          update.mutate({ content, anonymous, acceptFallback, ...(anonymous ? { minGroupSize } : {}) });
        }}
        noValidate
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
                {draftsIn(lng) > 0 && ` · ${t('editor.drafted', { count: draftsIn(lng) })}`}
              </li>
            ))}
          </ul>
          <MachineDraftsPanel
            drafts={survey.machineDrafts}
            fill={() => surveysApi.fillDrafts(survey.id)}
            review={(mark) => surveysApi.reviewDraft(survey.id, mark)}
            onChanged={() => client.invalidateQueries({ queryKey: ['surveys'] })}
            fieldName={(field) => surveyFieldName(field, t)}
          />
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
                earlier={content.sections
                  .slice(0, s + 1)
                  .flatMap((other, i) => (i < s ? other.questions : other.questions.slice(0, q)))
                  .filter((other) => CLOSED_QUESTION_TYPES.includes(other.type))}
                language={language}
                problem={checked ? problems.get(question.key) : undefined}
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
        {checked && problems.size > 0 && (
          <div className="alert alert-error" role="alert">
            <p>{t('editor.condition_problems', { count: problems.size })}</p>
          </div>
        )}
        <ErrorAlert error={update.error} />
        <StatusMessage>{update.isSuccess && t('editor.saved')}</StatusMessage>
        <SubmitButton pending={update.isPending}>{t('editor.save')}</SubmitButton>
      </form>
      <DistributionsPanel survey={survey} />
    </>
  );
}

type TextField = (field: string, value: LocalizedText, onChange: (next: LocalizedText) => void, label: string, long?: boolean) => ReactNode;

type ConditionProblem = 'question' | 'values' | 'empty';

/** Per question, what is wrong with its condition: the API's own checks (contentIssues) and an empty value list. */
function conditionProblems(content: SurveyContent): Map<string, ConditionProblem> {
  const problems = new Map<string, ConditionProblem>();
  const questions = content.sections.map((section) => section.questions);
  for (const issue of contentIssues(content)) {
    const [, s, , q, field, part] = issue.path;
    if (field !== 'showIf' || typeof s !== 'number' || typeof q !== 'number') continue;
    const key = questions[s]?.[q]?.key;
    if (key) problems.set(key, part === 'question' ? 'question' : 'values');
  }
  for (const question of questions.flat()) if (question.showIf && question.showIf.anyOf.length === 0) problems.set(question.key, 'empty');
  return problems;
}

function QuestionEditor({
  question,
  earlier,
  language,
  problem,
  locked,
  text,
  onChange,
  onRemove,
}: {
  question: SurveyQuestion;
  earlier: SurveyQuestion[];
  language: Language;
  problem: ConditionProblem | undefined;
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
      <ConditionEditor question={question} earlier={earlier} language={language} problem={problem} locked={locked} onChange={onChange} />
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

/**
 * Show-if: an earlier question with fixed answers, "is" one value or "is one of" several. What the
 * API accepts is what can be chosen here; what became invalid (a removed option) is said before saving.
 */
function ConditionEditor({
  question,
  earlier,
  language,
  problem,
  locked,
  onChange,
}: {
  question: SurveyQuestion;
  earlier: SurveyQuestion[];
  language: Language;
  problem: ConditionProblem | undefined;
  locked: boolean;
  onChange: (mutate: (q: SurveyQuestion) => void) => void;
}) {
  const { t } = useTranslation('surveys');
  const ids = useId();
  const [operator, setOperator] = useState<'is' | 'any_of'>(() => ((question.showIf?.anyOf.length ?? 1) > 1 ? 'any_of' : 'is'));
  const condition = question.showIf;
  const target = condition ? earlier.find((q) => q.key === condition.question) : undefined;
  const name = (q: SurveyQuestion) => q.text[language] || Object.values(q.text).find(Boolean) || q.key;
  const valueLabel = (q: SurveyQuestion, value: string) => {
    if (q.type === 'yes_no') return value === 'yes' ? t('form.yes') : t('form.no');
    const option = q.options.find((o) => o.value === value);
    return option ? option.label[language] || Object.values(option.label).find(Boolean) || value : value;
  };
  const set = (next: SurveyQuestion['showIf']) =>
    onChange((q) => {
      q.showIf = next;
    });
  const values = target ? allowedValues(target) : [];
  const problemId = `${ids}-problem`;

  if (!condition) {
    if (locked || earlier.length === 0) return null;
    return (
      <p data-testid="condition-editor">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const first = earlier[0]!;
            setOperator('is');
            set({ question: first.key, anyOf: allowedValues(first).slice(0, 1) });
          }}
        >
          {t('editor.add_condition')}
        </button>
      </p>
    );
  }
  return (
    <fieldset className={problem ? 'condition field-invalid' : 'condition'} data-testid="condition-editor" disabled={locked}>
      <legend>{t('editor.condition_title')}</legend>
      {problem && (
        <p className="field-error" id={problemId}>
          {t(`editor.condition_problem.${problem}`)}
        </p>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${ids}-question`}>{t('editor.condition_question')}</label>
          <select
            id={`${ids}-question`}
            value={condition.question}
            aria-invalid={problem === 'question' || undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              const next = earlier.find((q) => q.key === e.target.value);
              if (next) set({ question: next.key, anyOf: allowedValues(next).slice(0, 1) });
            }}
          >
            {!target && <option value={condition.question}>{condition.question}</option>}
            {earlier.map((q) => (
              <option key={q.key} value={q.key}>
                {name(q)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-operator`}>{t('editor.condition_operator')}</label>
          <select
            id={`${ids}-operator`}
            value={operator}
            onChange={(e) => {
              const next = e.target.value as 'is' | 'any_of';
              setOperator(next);
              if (next === 'is') set({ ...condition, anyOf: condition.anyOf.slice(0, 1).concat(condition.anyOf.length ? [] : values.slice(0, 1)) });
              else set({ ...condition, anyOf: [] });
            }}
          >
            <option value="is">{t('editor.operators.is')}</option>
            <option value="any_of">{t('editor.operators.any_of')}</option>
          </select>
        </div>
        {operator === 'is' ? (
          <div className="field">
            <label htmlFor={`${ids}-value`}>{t('editor.condition_value')}</label>
            <select
              id={`${ids}-value`}
              value={condition.anyOf[0] ?? ''}
              aria-invalid={problem === 'values' || problem === 'empty' || undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => set({ ...condition, anyOf: [e.target.value] })}
            >
              {condition.anyOf[0] !== undefined && !values.includes(condition.anyOf[0]) && (
                <option value={condition.anyOf[0]}>{condition.anyOf[0]}</option>
              )}
              {target &&
                values.map((value) => (
                  <option key={value} value={value}>
                    {valueLabel(target, value)}
                  </option>
                ))}
            </select>
          </div>
        ) : (
          <fieldset className="field" aria-describedby={problem ? problemId : undefined}>
            <legend>{t('editor.condition_values')}</legend>
            {target &&
              values.map((value) => (
                <label key={value} className="choice">
                  <input
                    type="checkbox"
                    checked={condition.anyOf.includes(value)}
                    onChange={(e) =>
                      set({ ...condition, anyOf: e.target.checked ? [...condition.anyOf, value] : condition.anyOf.filter((v) => v !== value) })
                    }
                  />{' '}
                  {valueLabel(target, value)}
                </label>
              ))}
          </fieldset>
        )}
      </div>
      {!locked && (
        <button type="button" className="button button-small" onClick={() => set(null)}>
          {t('editor.remove_condition')}
        </button>
      )}
    </fieldset>
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

/** A survey text's path (`sections.0.questions.2.options.1.label`) as the editor names it: numbers count from 1. */
export function surveyFieldName(field: string, t: TFunction<'surveys'>): string {
  const n = (value: string | undefined) => Number(value) + 1;
  const [, s, q, rest] = /^sections\.(\d+)(?:\.questions\.(\d+))?\.?(.*)$/.exec(field) ?? [];
  if (s === undefined) return t(field === 'intro' ? 'drafts.intro' : 'drafts.title');
  if (q === undefined) return t(rest === 'description' ? 'drafts.section_description' : 'drafts.section_title', { section: n(s) });
  const question = `${n(s)}.${n(q)}`;
  const option = /^options\.(\d+)\.label$/.exec(rest ?? '');
  if (option) return t('drafts.option', { question, option: n(option[1]) });
  const scale = /^scaleLabels\.(\d+)$/.exec(rest ?? '');
  if (scale) return t('drafts.scale', { question, label: n(scale[1]) });
  return t(rest === 'help' ? 'drafts.help' : 'drafts.question', { question });
}
