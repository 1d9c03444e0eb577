import {
  LIKERT_POINTS,
  RATING_MAX,
  TEXT_QUESTION_TYPES,
  type AnswerValue,
  type Language,
  type LocalizedSurvey,
  type QuestionResult,
} from '@sstc/shared';
import { surveyWords } from '../../locales/surveys.js';

type LocalizedQuestion = LocalizedSurvey['sections'][number]['questions'][number];

/** Options of a closed question as results and exports show them (yes/no included). */
export function optionsOf(question: LocalizedQuestion, language: Language): { value: string; label: string }[] {
  if (question.type === 'yes_no')
    return [
      { value: 'yes', label: surveyWords[language].yes },
      { value: 'no', label: surveyWords[language].no },
    ];
  return question.options;
}

function scaleOf(question: LocalizedQuestion): { value: number; label: string }[] {
  if (question.type === 'likert')
    return Array.from({ length: LIKERT_POINTS }, (_, i) => ({ value: i + 1, label: question.scaleLabels[i] ?? String(i + 1) }));
  if (question.type === 'rating') {
    return Array.from({ length: RATING_MAX + 1 }, (_, i) => ({
      value: i,
      label: i === 0 ? (question.scaleLabels[0] ?? '') : i === RATING_MAX ? (question.scaleLabels[1] ?? '') : '',
    }));
  }
  return [];
}

/** Counts, distribution and mean of one question over a set of answers (latest first for texts). */
export function questionResult(
  question: LocalizedQuestion,
  section: string,
  values: (AnswerValue | undefined)[],
  language: Language,
): QuestionResult {
  const given = values.filter((v): v is AnswerValue => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  const picked = given.flatMap((v) => (Array.isArray(v) ? v : [String(v)]));
  const options =
    question.type === 'likert' || question.type === 'rating' || TEXT_QUESTION_TYPES.includes(question.type) ? [] : optionsOf(question, language);
  const scale = scaleOf(question);
  const numbers = given.filter((v): v is number => typeof v === 'number');
  return {
    key: question.key,
    type: question.type,
    text: question.text,
    section,
    answered: given.length,
    options: options.map((o) => ({ ...o, count: picked.filter((p) => p === o.value).length })),
    scale: scale.map((point) => ({ ...point, count: numbers.filter((n) => n === point.value).length })),
    mean: scale.length > 0 && numbers.length > 0 ? Math.round((numbers.reduce((sum, n) => sum + n, 0) / numbers.length) * 100) / 100 : null,
    texts: TEXT_QUESTION_TYPES.includes(question.type) ? given.slice(0, 5).map(String) : [],
  };
}

/** Results of every question of a survey. */
export function surveyQuestionResults(survey: LocalizedSurvey, answers: Record<string, AnswerValue>[], language: Language): QuestionResult[] {
  return survey.sections.flatMap((section) =>
    section.questions.map((question) =>
      questionResult(
        question,
        section.title,
        answers.map((a) => a[question.key]),
        language,
      ),
    ),
  );
}
