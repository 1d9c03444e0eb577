import { useMemo, useRef, useState, type FormEvent } from 'react';
import { MachineTranslationNote } from '../../translation/machine-drafts-panel.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { formatClosing } from '@sstc/shared/values';
import { checkAnswers, isVisible, type AnswerValue, type Answers, type FieldProblem, type QuestionShape, type SurveyForm } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { readLocalDraft, useDraft, useSubmitResponse } from '../hooks/use-survey-form.js';
import { QuestionInput } from './question-input.js';

/** The questions, their conditions, a draft kept as one goes, and one submission. */
export function SurveyFormView({ token, form }: { token: string; form: SurveyForm }) {
  const { t, i18n } = useTranslation('surveys');
  const [answers, setAnswers] = useState<Answers>(() => readLocalDraft(token) ?? form.draft ?? {});
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const draft = useDraft(token, answers);
  const submit = useSubmitResponse(token);
  const formRef = useRef<HTMLFormElement>(null);
  const byKey = useMemo(() => new Map<string, QuestionShape>(form.survey.sections.flatMap((s) => s.questions).map((q) => [q.key, q])), [form.survey]);

  const set = (key: string, value: AnswerValue | undefined) => {
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    setProblems(({ [key]: _, ...rest }) => rest);
  };

  const focusFirstProblem = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('.field-invalid input, .field-invalid textarea')?.focus());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const local = checkAnswers(form.survey, answers).problems;
    if (Object.keys(local).length > 0) {
      setProblems(local);
      focusFirstProblem();
      return;
    }
    submit.mutate(answers, {
      onError: (error) => {
        const server = Object.fromEntries(Object.entries(fieldProblemsOf(error)).map(([path, problem]) => [path.replace(/^answers\./, ''), problem]));
        setProblems(server);
        focusFirstProblem();
      },
    });
  };

  if (submit.isSuccess) {
    return (
      <section className="stack" data-testid="survey-thanks" role="status">
        <h1>{t('form.thanks_title')}</h1>
        <p>{t('form.thanks_body')}</p>
        <p>
          <Link to="/">{t('form.back_to_platform')}</Link>
        </p>
      </section>
    );
  }

  // Told as the invitation tells it: in the survey's time zone, named.
  const closes = formatClosing(form.closesAt, i18n.language, form.timeZone);
  const count = Object.keys(problems).length;
  return (
    <form ref={formRef} className="stack survey-form" noValidate onSubmit={onSubmit} data-testid="survey-form">
      <header className="stack-tight">
        <p className="eyebrow">{form.editionTitle}</p>
        <h1>{form.survey.title}</h1>
        {form.survey.intro && <p>{form.survey.intro}</p>}
        {form.machineTranslated && <MachineTranslationNote>{t('drafts.note')}</MachineTranslationNote>}
        <p className="muted">{form.anonymous ? t('form.anonymous_note') : t('form.identified_note')}</p>
        <p className="muted">
          {t('form.duration', { count: form.estimatedMinutes })} {t('form.closes_on', { date: closes })}
        </p>
      </header>
      {count > 0 && (
        <div className="alert alert-error" role="alert">
          <p>{t('form.problems', { count })}</p>
        </div>
      )}
      {submit.isError && Object.keys(fieldProblemsOf(submit.error)).length === 0 && <ErrorAlert error={submit.error} />}
      {form.survey.sections.map((section) => (
        <section key={section.key} className="stack survey-section">
          <h2>{section.title}</h2>
          {section.description && <p>{section.description}</p>}
          {section.questions
            .filter((question) => isVisible(question, answers, byKey))
            .map((question) => (
              <QuestionInput
                key={question.key}
                question={question}
                value={answers[question.key]}
                problem={problems[question.key]}
                onChange={(value) => set(question.key, value)}
              />
            ))}
        </section>
      ))}
      <p className="muted" role="status" data-testid="draft-state">
        {draft === 'idle' ? '' : t(`form.draft.${draft}`)}
      </p>
      <SubmitButton pending={submit.isPending}>{submit.isPending ? t('form.submitting') : t('form.submit')}</SubmitButton>
    </form>
  );
}
