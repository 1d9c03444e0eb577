import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import type { EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useEdition } from '../hooks/use-editions.js';
import { EditionNav } from './edition-nav.js';
import { PhaseBadge } from './phase-badge.js';

interface EditionShellProps {
  /** The page's own name, its h2 and the first part of the window title. */
  page: string;
  children: (edition: EditionDetail) => ReactNode;
}

/** The frame of every page of an edition: its title, its phase, and the edition's navigation. */
export function EditionShell({ page, children }: EditionShellProps) {
  const { t, i18n } = useTranslation('courses');
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  const language = i18n.language as Language;
  const title = edition.data && localized(edition.data.title, language, edition.data.defaultLanguage);
  usePageTitle(title ? `${page} – ${title.value}` : page);

  return (
    <div className="stack">
      <p>
        <Link to="/">{t('edition.back')}</Link>
      </p>
      {edition.isPending ? (
        <Loading />
      ) : edition.isError ? (
        <ErrorAlert error={edition.error} />
      ) : (
        <>
          <header className="stack-tight">
            <p className="eyebrow" lang={title!.lang}>
              {title!.value}
            </p>
            <p>
              <PhaseBadge phase={edition.data.phase} />
            </p>
          </header>
          <EditionNav editionId={edition.data.id} />
          <h1>{page}</h1>
          {children(edition.data)}
        </>
      )}
    </div>
  );
}
