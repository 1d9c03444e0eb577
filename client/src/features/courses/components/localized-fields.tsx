import { LANGUAGES } from '@sstc/shared/values';
import type { FieldProblem, LocalizedText } from '@sstc/shared';
import { useTranslation } from '../../../lib/use-translation.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';

interface LocalizedFieldsProps {
  label: string;
  /** Inputs are named `${name}.en`, `${name}.es`, … like the API's error paths. */
  name: string;
  value?: LocalizedText;
  problems: Record<string, FieldProblem>;
  multiline?: boolean;
}

/** One text in each of the four languages, each input in its own language for spell-checkers and screen readers. */
export function LocalizedFields({ label, name, value, problems, multiline = false }: LocalizedFieldsProps) {
  const { t } = useTranslation('courses');
  return (
    <fieldset className="stack-tight localized">
      <legend>{label}</legend>
      <p className="field-hint">{t('form.localized_hint')}</p>
      {LANGUAGES.map((language) => (
        <Field
          key={language}
          label={t('form.in_language', { language: languageName(language) })}
          name={`${name}.${language}`}
          optional
          problem={problems[`${name}.${language}`] ?? (language === 'en' ? problems[name] : undefined)}
        >
          {(control) =>
            multiline ? (
              <textarea {...control} lang={language} rows={3} defaultValue={value?.[language] ?? ''} maxLength={20_000} />
            ) : (
              <input {...control} lang={language} type="text" defaultValue={value?.[language] ?? ''} maxLength={300} />
            )
          }
        </Field>
      ))}
    </fieldset>
  );
}
