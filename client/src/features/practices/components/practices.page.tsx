import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FacetCount, Language, PracticeFacets } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useTranslation } from '../../../lib/use-translation.js';
import type { PracticeFilters } from '../api/practices.api.js';
import { usePracticeList, usePracticeThemes } from '../hooks/use-practices.js';
import { usePracticeLabels } from './practice-labels.js';
import { PracticeCard } from './practice-card.js';

const FACETS = ['region', 'country', 'modality', 'theme', 'sdg'] as const satisfies readonly (keyof PracticeFacets)[];

/** The good-practices base: search in any of the four languages, narrow by facets, one column that reads on a phone. */
export function PracticesPage() {
  const { t, i18n } = useTranslation('practices');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const filters: PracticeFilters = {
    q: params.get('q') ?? undefined,
    ...Object.fromEntries(FACETS.map((facet) => [facet, params.get(facet) ?? undefined])),
    page: Number(params.get('page')) || 1,
  };
  const list = usePracticeList(filters);
  const themes = usePracticeThemes();
  const labels = usePracticeLabels(themes.data);
  const [q, setQ] = useState(filters.q ?? '');

  const update = (changes: Partial<Record<keyof PracticeFilters, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: q.trim() || undefined });
  };
  const label = (facet: (typeof FACETS)[number], value: string) => labels[facet](value);
  const sortedOptions = (facet: (typeof FACETS)[number], counts: FacetCount[]) =>
    facet === 'country' || facet === 'theme'
      ? [...counts].sort((a, b) => label(facet, a.value).localeCompare(label(facet, b.value), i18n.language))
      : facet === 'sdg'
        ? [...counts].sort((a, b) => Number(a.value) - Number(b.value))
        : counts;

  return (
    <div className="stack practices">
      <header className="stack-tight">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <p className="actions">
          <Link to="/practices/new" className="button button-primary">
            {t('share')}
          </Link>
          <Link to="/practices/work">{t('work.link')}</Link>
        </p>
      </header>
      <form role="search" className="form stack-tight" onSubmit={search} aria-label={t('search.label')}>
        <label htmlFor="practice-q">{t('search.label')}</label>
        <p id="practice-q-hint" className="field-hint">
          {t('search.hint')}
        </p>
        <div className="inline-field">
          <input
            id="practice-q"
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="practice-q-hint"
            maxLength={200}
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      {list.data && (
        <section aria-labelledby="facets-title" className="facets">
          <h2 id="facets-title" className="visually-hidden">
            {t('facets.title')}
          </h2>
          {FACETS.map((facet) => (
            <div className="field" key={facet}>
              <label htmlFor={`facet-${facet}`}>{t(`facets.${facet}`)}</label>
              <select id={`facet-${facet}`} value={filters[facet] ?? ''} onChange={(e) => update({ [facet]: e.target.value || undefined })}>
                <option value="">{t('facets.all')}</option>
                {sortedOptions(facet, list.data.facets[facet]).map(({ value, count }) => (
                  <option key={value} value={value}>
                    {t('facets.option', { label: label(facet, value), count })}
                  </option>
                ))}
                {/* A chosen value the search no longer finds stays selectable, so the choice can be seen and undone. */}
                {filters[facet] && !list.data.facets[facet].some((c) => c.value === filters[facet]) && (
                  <option value={filters[facet]}>{t('facets.option', { label: label(facet, filters[facet]!), count: 0 })}</option>
                )}
              </select>
            </div>
          ))}
        </section>
      )}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data ? (
        <section aria-labelledby="results-title" className="stack">
          {/* The count is announced when a search or a facet changes it. */}
          <div role="status">
            <h2 id="results-title">{t('results', { count: list.data.total })}</h2>
          </div>
          <ul className="practice-list stack">
            {list.data.items.map((practice) => (
              <li key={practice.id}>
                <PracticeCard practice={practice} labels={labels} language={i18n.language as Language} />
              </li>
            ))}
          </ul>
          <Pagination
            page={list.data.page}
            pages={Math.ceil(list.data.total / list.data.pageSize)}
            onPage={(page) => update({ page: page > 1 ? String(page) : undefined })}
          />
        </section>
      ) : null}
    </div>
  );
}
