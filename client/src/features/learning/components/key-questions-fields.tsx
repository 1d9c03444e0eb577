import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, LocalizedText } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';

interface KeyQuestionsFieldsProps {
  questions: LocalizedText[];
  language: Language;
  onChange: (questions: LocalizedText[]) => void;
}

/** The unit's key questions, in the language being written. */
export function KeyQuestionsFields({ questions, language, onChange }: KeyQuestionsFieldsProps) {
  const { t } = useTranslation('learning');
  const set = (index: number, value: string) => onChange(questions.map((q, i) => (i === index ? { ...q, [language]: value } : q)));
  return (
    <fieldset className="stack-tight">
      <legend>{t('editor.key_questions_in', { language: languageName(language) })}</legend>
      {questions.map((question, index) => (
        <div key={index} className="inline-field">
          <label>
            <span className="visually-hidden">{t('editor.question_number', { number: index + 1 })}</span>
            <input lang={language} value={question[language] ?? ''} onChange={(e) => set(index, e.target.value)} maxLength={500} />
          </label>
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange(questions.filter((_, i) => i !== index))}
            aria-label={t('editor.remove_question', { number: index + 1 })}
          >
            {t('editor.remove')}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="button button-small" onClick={() => onChange([...questions, {}])}>
          {t('editor.add_question')}
        </button>
      </p>
    </fieldset>
  );
}
