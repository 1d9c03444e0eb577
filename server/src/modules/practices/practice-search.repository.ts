import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FacetCount, Language, PracticeFacets, PracticeListQuery } from '@sstc/shared';

/** Each language's text search configuration (its stemmer after unaccent; made by the AddPractices migration). */
export const SEARCH_CONFIGS: Record<Language, { config: string; column: string }> = {
  en: { config: 'sstc_english', column: 'english' },
  es: { config: 'sstc_spanish', column: 'spanish' },
  fr: { config: 'sstc_french', column: 'french' },
  pt: { config: 'sstc_portuguese', column: 'portuguese' },
};
const LANGUAGE_LIST = Object.keys(SEARCH_CONFIGS) as Language[];

export interface SearchPage {
  ids: string[];
  total: number;
}

type Filter = 'region' | 'country' | 'modality' | 'theme' | 'sdg';
const FILTERS: Filter[] = ['region', 'country', 'modality', 'theme', 'sdg'];

// $1 = q, $2… the filters in FILTERS order (null when absent), so every statement shares one parameter list.
const PREDICATES: Record<Filter, string> = {
  region: '($2::text IS NULL OR m.region = $2)',
  country: '($3::text IS NULL OR $3 = ANY(m.countries))',
  modality: '($4::text IS NULL OR m.modality = $4)',
  theme: '($5::uuid IS NULL OR EXISTS (SELECT 1 FROM practice_theme_links f WHERE f.practice_id = m.id AND f.theme_id = $5))',
  sdg: '($6::int IS NULL OR $6 = ANY(m.sdgs))',
};

const FACET_VALUES: Record<Filter, { from: string; value: string }> = {
  region: { from: 'm', value: 'm.region' },
  country: { from: 'm CROSS JOIN LATERAL unnest(m.countries) AS v(value)', value: 'v.value' },
  modality: { from: 'm', value: 'm.modality' },
  theme: { from: 'm JOIN practice_theme_links v ON v.practice_id = m.id', value: 'v.theme_id::text' },
  sdg: { from: 'm CROSS JOIN LATERAL unnest(m.sdgs) AS v(value)', value: 'v.value::text' },
};

/**
 * Full-text search over published practices: the query is read in each of the four language
 * configurations and matched against the practice's document in that language; a practice matches
 * when any language matches, ranked by its best language (title A, summary and themes B,
 * description and partners C).
 */
@Injectable()
export class PracticeSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rewrites the search documents of these practices from their current text and themes (call it in the write's transaction). */
  async refresh(manager: EntityManager, practiceIds: string[]): Promise<void> {
    if (practiceIds.length === 0) return;
    const documents = LANGUAGE_LIST.map((language) => {
      const { config } = SEARCH_CONFIGS[language];
      const text = (sql: string) => `to_tsvector('${config}', ${sql})`;
      return [
        `setweight(${text(`coalesce(p.title->>'${language}', '')`)}, 'A')`,
        `setweight(${text(`coalesce(p.summary->>'${language}', '') || ' ' || coalesce(t.${language}, '')`)}, 'B')`,
        `setweight(${text(`coalesce(p.description->>'${language}', '') || ' ' || array_to_string(p.partners, ' ')`)}, 'C')`,
      ].join(' || ');
    });
    await manager.query(
      `INSERT INTO practice_search (practice_id, english, spanish, french, portuguese)
       SELECT p.id, ${documents.join(', ')}
       FROM practices p
       LEFT JOIN LATERAL (
         SELECT ${LANGUAGE_LIST.map((l) => `string_agg(th.name->>'${l}', ' ') AS ${l}`).join(', ')}
         FROM practice_theme_links l JOIN practice_themes th ON th.id = l.theme_id
         WHERE l.practice_id = p.id
       ) t ON true
       WHERE p.id = ANY($1::uuid[])
       ON CONFLICT (practice_id) DO UPDATE SET
         english = EXCLUDED.english, spanish = EXCLUDED.spanish, french = EXCLUDED.french, portuguese = EXCLUDED.portuguese`,
      [practiceIds],
    );
  }

  /** The practices tagged with a theme (to refresh after the theme is renamed). */
  async withTheme(manager: EntityManager, themeId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT practice_id FROM practice_theme_links WHERE theme_id = $1`, [themeId])) as { practice_id: string }[];
    return rows.map((row) => row.practice_id);
  }

  /** One page of published practices matching the query and every filter, best first (newest first without a query). */
  async search(query: PracticeListQuery): Promise<SearchPage> {
    const params = this.params(query);
    const rows = (await this.dataSource.query(
      `${this.matched(query)}
       SELECT m.id, count(*) OVER () AS total FROM m
       WHERE ${FILTERS.map((f) => PREDICATES[f]).join(' AND ')}
       ORDER BY m.rank DESC, m.published_at DESC NULLS LAST, m.id
       LIMIT $7 OFFSET $8`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as { id: string; total: string }[];
    if (rows.length === 0 && query.page > 1) {
      const [{ total }] = (await this.dataSource.query(
        `${this.matched(query)} SELECT count(*)::int AS total FROM m WHERE ${FILTERS.map((f) => PREDICATES[f]).join(' AND ')}`,
        params,
      )) as [{ total: number }];
      return { ids: [], total };
    }
    return { ids: rows.map((row) => row.id), total: rows.length ? Number(rows[0]!.total) : 0 };
  }

  /**
   * Counts per value of each facet, among the practices the search and the *other* filters leave:
   * choosing a region still shows how many practices the other regions have.
   */
  async facets(query: PracticeListQuery): Promise<PracticeFacets> {
    const parts = FILTERS.map((facet) => {
      const where = FILTERS.filter((other) => other !== facet)
        .map((other) => PREDICATES[other])
        .join(' AND ');
      const { from, value } = FACET_VALUES[facet];
      return `SELECT '${facet}' AS facet, ${value} AS value, count(DISTINCT m.id)::int AS count FROM ${from} WHERE ${where} GROUP BY ${value}`;
    });
    const rows = (await this.dataSource.query(`${this.matched(query)} ${parts.join(' UNION ALL ')}`, this.params(query))) as (FacetCount & {
      facet: Filter;
    })[];
    const facets: PracticeFacets = { region: [], country: [], modality: [], theme: [], sdg: [] };
    for (const { facet, value, count } of rows) facets[facet].push({ value, count });
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
    return facets;
  }

  private params(query: PracticeListQuery): unknown[] {
    return [query.q || null, query.region ?? null, query.country ?? null, query.modality ?? null, query.theme ?? null, query.sdg ?? null];
  }

  /** `WITH m AS (…)`: the published practices the text query matches, with their rank. */
  private matched(query: PracticeListQuery): string {
    const base = `SELECT p.id, p.region, p.countries, p.modality, p.sdgs, p.published_at`;
    if (!query.q) return `WITH m AS (${base}, 0::real AS rank FROM practices p WHERE p.status = 'published' AND $1::text IS NULL)`;
    const queries = LANGUAGE_LIST.map((l) => `websearch_to_tsquery('${SEARCH_CONFIGS[l].config}', $1) AS ${l}`).join(', ');
    const ranks = LANGUAGE_LIST.map((l) => `ts_rank(s.${SEARCH_CONFIGS[l].column}, q.${l})`).join(', ');
    const matches = LANGUAGE_LIST.map((l) => `s.${SEARCH_CONFIGS[l].column} @@ q.${l}`).join(' OR ');
    return `WITH q AS (SELECT ${queries}),
      m AS (${base}, greatest(${ranks}) AS rank
            FROM practices p JOIN practice_search s ON s.practice_id = p.id CROSS JOIN q
            WHERE p.status = 'published' AND (${matches}))`;
  }
}
