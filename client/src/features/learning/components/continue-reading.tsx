import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, LearningPackage, LocalizedText } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { homeQuery } from '../../home/api/home.api.js';
import { prefetchUnit } from '../hooks/use-learning.js';

/** How far a participant is with a package, and the unit to read next (none when all are read). */
export interface PackageStanding {
  completed: number;
  total: number;
  percent: number;
  next: { id: string; title: LocalizedText } | null;
  defaultLanguage: Language;
}

export function standingOf(pkg: LearningPackage): PackageStanding | null {
  if (!pkg.progress) return null;
  const next = pkg.units.find((unit) => unit.id === pkg.progress!.nextUnitId);
  return { ...pkg.progress, next: next ? { id: next.id, title: next.title } : null, defaultLanguage: pkg.defaultLanguage };
}

/** A participant's progress through the package and a link to the next unit to read. */
export function PackageProgress({ standing }: { standing: PackageStanding }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  const client = useQueryClient();
  const { completed, total, percent, next } = standing;
  const nextTitle = next && localized(next.title, language, standing.defaultLanguage);
  return (
    <>
      <p>{t('package.progress', { completed, total })}</p>
      <progress max={100} value={percent} aria-label={t('package.percent', { percent })}>
        {t('package.percent', { percent })}
      </progress>
      {next && nextTitle ? (
        <p>
          <Link
            className="button button-primary"
            to={`/learning/units/${next.id}`}
            lang={nextTitle.lang}
            onClick={() => prefetchUnit(client, next.id, language)}
          >
            {completed === 0 ? t('package.start', { title: nextTitle.value }) : t('package.continue', { title: nextTitle.value })}
          </Link>
        </p>
      ) : (
        total > 0 && <p className="alert alert-success">{t('package.all_done')}</p>
      )}
    </>
  );
}

const UNIT_LINK = /^\/learning\/units\/([^/]+)$/;

/**
 * On a participant's course card while the package is open: where they are and the next unit, one
 * click from the course list. Read from the home's "read units" task, which comes with the cards
 * (right after signing in, both are asked together): a card asks for nothing of its own. Shows
 * nothing until the home is known, and nothing once the package is closed or read.
 */
export function ContinueReading({ editionId }: { editionId: string }) {
  const home = useQuery(homeQuery);
  const edition = home.data?.editions.find((e) => e.id === editionId);
  const task = edition?.tasks.find((t) => t.kind === 'read_units');
  const unitId = task && UNIT_LINK.exec(task.link)?.[1];
  if (!edition || !task?.total || !unitId || !task.title) return null;
  const completed = task.count ?? 0;
  const standing: PackageStanding = {
    completed,
    total: task.total,
    percent: Math.round((completed * 100) / task.total),
    next: { id: unitId, title: task.title },
    defaultLanguage: edition.defaultLanguage,
  };
  return (
    <div className="stack-tight" data-testid="continue-reading">
      <PackageProgress standing={standing} />
    </div>
  );
}
