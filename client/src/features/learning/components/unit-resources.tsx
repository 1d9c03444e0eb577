import { useTranslation } from '../../../lib/use-translation.js';
import type { LearningResource } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';

/** Links, documents and videos: listed as text, fetched only when the reader chooses one. */
export function UnitResources({ resources }: { resources: LearningResource[] }) {
  const { t } = useTranslation('learning');
  if (resources.length === 0) return null;
  return (
    <section aria-labelledby="unit-resources" className="stack-tight">
      <h2 id="unit-resources">{t('unit.resources')}</h2>
      <ul className="resource-list">
        {resources.map((resource, index) => (
          <li key={index}>
            <a href={resource.url} target="_blank" rel="noopener noreferrer" hrefLang={resource.language} lang={resource.language}>
              {resource.title}
            </a>{' '}
            <span className="muted">
              {t(`resource_kinds.${resource.kind}`)} · {languageName(resource.language)}
              {resource.sizeKb ? ` · ${t('unit.size_kb', { size: resource.sizeKb })}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
