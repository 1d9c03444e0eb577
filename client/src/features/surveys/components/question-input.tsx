import { useTranslation } from '../../../lib/use-translation.js';
import { LIKERT_POINTS, RATING_MAX } from '@sstc/shared/values';
import type { AnswerValue, FieldProblem, LocalizedSurvey } from '@sstc/shared';

type Question = LocalizedSurvey['sections'][number]['questions'][number];

interface QuestionInputProps {
  question: Question;
  value: AnswerValue | undefined;
  problem?: FieldProblem;
  onChange: (value: AnswerValue | undefined) => void;
}

/** One question, labelled for assistive technology; choices are fieldsets with a legend. */
export function QuestionInput({ question, value, problem, onChange }: QuestionInputProps) {
  const { t } = useTranslation(['surveys', 'errors']);
  const id = `q-${question.key}`;
  const describedBy = [question.help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const head = (
    <>
      {question.help && (
        <p id={`${id}-help`} className="field-hint">
          {question.help}
        </p>
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {t(`errors:fields.${problem}`)}
        </p>
      )}
    </>
  );
  const title = (
    <>
      {question.text}
      {!question.required && !question.text.trim().endsWith(t('form.optional')) && <span className="field-optional"> {t('form.optional')}</span>}
    </>
  );
  const className = problem ? 'field field-invalid question' : 'field question';

  if (question.type === 'short_text' || question.type === 'long_text') {
    const common = {
      id,
      name: question.key,
      value: typeof value === 'string' ? value : '',
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy,
      required: question.required,
      onChange: (e: { target: { value: string } }) => onChange(e.target.value || undefined),
    };
    return (
      <div className={className} data-question={question.key}>
        <label htmlFor={id}>{title}</label>
        {head}
        {question.type === 'short_text' ? <input type="text" maxLength={500} {...common} /> : <textarea rows={5} maxLength={10_000} {...common} />}
      </div>
    );
  }

  const choices = choicesOf(question, t('form.yes'), t('form.no'));
  const multiple = question.type === 'multiple_choice';
  const selected = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  const pick = (choice: string) => {
    if (multiple)
      onChange(
        selected.includes(choice)
          ? selected.filter((v) => v !== choice).length
            ? selected.filter((v) => v !== choice)
            : undefined
          : [...selected, choice],
      );
    else onChange(question.type === 'likert' || question.type === 'rating' ? Number(choice) : choice);
  };
  return (
    <fieldset className={className} data-question={question.key} aria-describedby={describedBy} aria-invalid={problem ? true : undefined}>
      <legend>{title}</legend>
      {head}
      <div className={question.type === 'rating' ? 'choices choices-scale' : 'choices'}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.key}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={() => pick(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {question.type === 'rating' && question.scaleLabels.length === 2 && (
        <p className="scale-ends" aria-hidden="true">
          <span>0 = {question.scaleLabels[0]}</span>{' '}
          <span>
            {RATING_MAX} = {question.scaleLabels[1]}
          </span>
        </p>
      )}
    </fieldset>
  );
}

function choicesOf(question: Question, yes: string, no: string): { value: string; label: string }[] {
  switch (question.type) {
    case 'yes_no':
      return [
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ];
    case 'likert':
      return Array.from({ length: LIKERT_POINTS }, (_, i) => ({
        value: String(i + 1),
        label: question.scaleLabels[i] ? `${i + 1} – ${question.scaleLabels[i]}` : String(i + 1),
      }));
    case 'rating':
      return Array.from({ length: RATING_MAX + 1 }, (_, i) => ({ value: String(i), label: String(i) }));
    case 'single_choice':
    case 'multiple_choice':
    case 'short_text':
    case 'long_text':
      return question.options;
  }
}
