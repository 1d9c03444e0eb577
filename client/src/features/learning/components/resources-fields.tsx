import { useTranslation } from '../../../lib/use-translation.js';
import { LEARNING_RESOURCE_KINDS } from '@sstc/shared/values';
import type { FieldProblem, Language, LearningResource } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';

interface ResourcesFieldsProps {
  resources: LearningResource[];
  languages: Language[];
  problems: Record<string, FieldProblem>;
  onChange: (resources: LearningResource[]) => void;
}

/** Links, documents and videos, each marked with its language. */
export function ResourcesFields({ resources, languages, problems, onChange }: ResourcesFieldsProps) {
  const { t } = useTranslation(['learning', 'errors']);
  const set = (index: number, patch: Partial<LearningResource>) => onChange(resources.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="stack-tight">
      <legend>{t('editor.resources')}</legend>
      {resources.map((resource, index) => {
        const urlProblem = problems[`resources.${index}.url`];
        return (
          <div key={index} className="resource-fields">
            <label>
              {t('editor.resource_kind')}
              <select value={resource.kind} onChange={(e) => set(index, { kind: e.target.value as LearningResource['kind'] })}>
                {LEARNING_RESOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`resource_kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('editor.resource_title')}
              <input value={resource.title} onChange={(e) => set(index, { title: e.target.value })} maxLength={200} />
            </label>
            <label>
              {t('editor.resource_url')}
              <input
                type="url"
                value={resource.url}
                onChange={(e) => set(index, { url: e.target.value })}
                aria-invalid={urlProblem ? true : undefined}
              />
              {urlProblem && <span className="field-error">{t(`errors:fields.${urlProblem}`)}</span>}
            </label>
            <label>
              {t('editor.resource_language')}
              <select value={resource.language} onChange={(e) => set(index, { language: e.target.value as Language })}>
                {languages.map((language) => (
                  <option key={language} value={language}>
                    {languageName(language)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange(resources.filter((_, i) => i !== index))}
              aria-label={t('editor.remove_resource', { number: index + 1 })}
            >
              {t('editor.remove')}
            </button>
          </div>
        );
      })}
      <p>
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...resources, { kind: 'link', title: '', url: 'https://', language: languages[0] ?? 'en' }])}
        >
          {t('editor.add_resource')}
        </button>
      </p>
    </fieldset>
  );
}
