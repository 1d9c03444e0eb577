import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, QuestionResult } from '@sstc/shared';
import { formatNumber } from '../../../lib/format.js';
import { BarChart } from './charts.js';

/** One question's results: counts, mean, bars, and the latest free texts (the results page and the edition's feedback page). */
export function QuestionResultView({ question, language }: { question: QuestionResult; language: Language }) {
  const { t } = useTranslation('surveys');
  return (
    <article className="card stack-tight" data-testid="question-result" data-question={question.key}>
      <p className="eyebrow">{question.section}</p>
      <h3>{question.text}</h3>
      <p className="muted">
        {t('results.answered', { count: question.answered })}
        {question.mean !== null && ` · ${t('results.mean', { mean: formatNumber(question.mean, language) })}`}
      </p>
      {question.options.length > 0 && (
        <BarChart caption={question.text} total={question.answered} bars={question.options.map((o) => ({ label: o.label, count: o.count }))} />
      )}
      {question.scale.length > 0 && (
        <BarChart
          caption={question.text}
          total={question.answered}
          bars={question.scale.map((p) => ({ label: p.label ? `${p.value} – ${p.label}` : String(p.value), count: p.count }))}
        />
      )}
      {question.texts.length > 0 && (
        <ul className="text-answers">
          {question.texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
