import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { NEEDS_GROUPINGS } from '@sstc/shared/values';
import type { Language, LearningNeeds, ModuleNeeds, NeedsGrouping, RatingSummary } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatNumber } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { StackedBar } from '../../surveys/components/charts.js';
import { useLearningNeeds } from '../hooks/use-learning.js';
import { TableScroll } from '../../../components/table-scroll.js';

/** Facilitators' view of the pre-assessment: self-rated knowledge per module, by group, with the free texts. */
export function LearningNeedsPage() {
  const { t } = useTranslation('learning');
  const { editionId = '' } = useParams();
  const [groupBy, setGroupBy] = useState<NeedsGrouping>('cohort');
  const needs = useLearningNeeds(editionId, groupBy);
  usePageTitle(t('needs.title'));
  return (
    <div className="stack">
      <p>
        <Link to={`/editions/${editionId}/learning`}>{t('unit.back')}</Link>
      </p>
      <h1>{t('needs.title')}</h1>
      <div className="filters">
        <label>
          {t('needs.group_by')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as NeedsGrouping)}>
            {NEEDS_GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(`needs.groupings.${grouping}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {needs.isPending ? <Loading /> : needs.isError ? <ErrorAlert error={needs.error} /> : <Needs needs={needs.data} />}
    </div>
  );
}

function Needs({ needs }: { needs: LearningNeeds }) {
  const { t } = useTranslation(['learning', 'courses', 'common']);
  if (!needs.surveyId) return <p>{t('learning:needs.none_facilitator')}</p>;
  return (
    <>
      <p>{t('learning:needs.responses', { count: needs.responses })}</p>
      {needs.modules.length === 0 && <p>{t('learning:needs.no_modules')}</p>}
      {needs.modules.map((module) => (
        <ModuleSection key={module.item.id} module={module} groupBy={needs.groupBy} />
      ))}
      {needs.expectations.length > 0 && (
        <section className="stack-tight" aria-labelledby="expectations">
          <h2 id="expectations">{t('learning:needs.expectations')}</h2>
          <Comments comments={needs.expectations} nameOf={(group) => groupName(t, needs.groupBy, group, group)} />
        </section>
      )}
    </>
  );
}

function ModuleSection({ module, groupBy }: { module: ModuleNeeds; groupBy: NeedsGrouping }) {
  const { t, i18n } = useTranslation(['learning', 'courses', 'common']);
  const language = i18n.language as Language;
  const title = localized(module.item.title, language, 'en');
  const headingId = `needs-${module.item.id}`;
  return (
    <section className="card stack-tight" aria-labelledby={headingId} data-testid="module-needs">
      <h2 id={headingId}>
        {t(`courses:programme.item_label.${module.item.kind}`, { number: module.item.number })}: <span lang={title.lang}>{title.value}</span>
      </h2>
      <TableScroll name={`${t(`courses:programme.item_label.${module.item.kind}`, { number: module.item.number })}: ${title.value}`}>
        <table>
          <caption className="visually-hidden">{t('learning:needs.knowledge_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`learning:needs.groupings.${groupBy}`)}</th>
              <th scope="col">{t('learning:needs.answers')}</th>
              <th scope="col">{t('learning:needs.mean')}</th>
              <th scope="col">{t('learning:needs.distribution')}</th>
            </tr>
          </thead>
          <tbody>
            {module.groups.map((group) => (
              <Row key={group.group ?? 'none'} name={groupName(t, groupBy, group.group, group.label)} summary={group} />
            ))}
            <Row name={t('learning:needs.overall')} summary={module.overall} strong />
          </tbody>
        </table>
      </TableScroll>
      <p className="stacked-legend muted small" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((point) => (
          <span key={point}>
            <span className={`stacked-swatch stacked-${point}`} /> {point}
          </span>
        ))}
      </p>
      {module.comments.length > 0 && (
        <>
          <h3>{t('learning:needs.comments')}</h3>
          <Comments comments={module.comments} nameOf={(group) => groupName(t, groupBy, group, group)} />
        </>
      )}
    </section>
  );
}

function Row({ name, summary, strong = false }: { name: string; summary: RatingSummary; strong?: boolean }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  return (
    <tr className={strong ? 'total-row' : undefined}>
      <th scope="row">{name}</th>
      <td>{formatNumber(summary.count, language)}</td>
      <td>{summary.mean === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(summary.mean)}</td>
      <td>
        <StackedBar
          counts={summary.distribution}
          description={t('needs.distribution_value', {
            one: summary.distribution[0],
            two: summary.distribution[1],
            three: summary.distribution[2],
            four: summary.distribution[3],
            five: summary.distribution[4],
          })}
        />
      </td>
    </tr>
  );
}

type Translate = ReturnType<typeof useTranslation<['learning', 'courses', 'common']>>['t'];

/** A group's name: a cohort's own name, or a constituency group or region in the reader's language. */
function groupName(t: Translate, groupBy: NeedsGrouping, group: string | null, label: string | null): string {
  if (group === null) return t('learning:needs.not_stated');
  if (groupBy === 'constituency_group') return t(`common:constituency_groups.${group}` as 'common:constituency_groups.other');
  if (groupBy === 'ilo_region') return t(`common:regions.${group}` as 'common:regions.africa');
  return label ?? group;
}

function Comments({
  comments,
  nameOf,
}: {
  comments: { text: string; name: string | null; group: string | null }[];
  nameOf: (group: string | null) => string;
}) {
  return (
    <ul className="comment-list">
      {comments.map((comment, index) => (
        <li key={index}>
          <blockquote>{comment.text}</blockquote>
          <p className="muted">{[comment.name, comment.group === null ? null : nameOf(comment.group)].filter(Boolean).join(' · ')}</p>
        </li>
      ))}
    </ul>
  );
}
