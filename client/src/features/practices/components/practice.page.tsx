import { Link, useParams } from 'react-router';
import type { Language, Practice } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { usePractice, usePracticeThemes } from '../hooks/use-practices.js';
import { usePracticeLabels } from './practice-labels.js';
import { FileLink } from './practice-files.js';
import { PracticeLinksEditor } from './practice-links-editor.js';
import { PracticeReview } from './practice-review.js';
import { WriteToContact } from './write-to-contact.js';

export function PracticePage() {
  const { t, i18n } = useTranslation('practices');
  const { practiceId = '' } = useParams();
  const language = i18n.language as Language;
  const practice = usePractice(practiceId, language);
  usePageTitle(practice.data ? localized(practice.data.title, language, practice.data.language).value : t('title'));
  if (practice.isPending) return <Loading />;
  if (practice.isError) return <ErrorAlert error={practice.error} />;
  return <PracticeView practice={practice.data} />;
}

function PracticeView({ practice }: { practice: Practice }) {
  const { t, i18n } = useTranslation('practices');
  const language = i18n.language as Language;
  const themes = usePracticeThemes();
  const labels = usePracticeLabels(themes.data);
  const title = localized(practice.title, language, practice.language);
  const summary = localized(practice.summary, language, practice.language);
  const period = labels.period(practice.periodStart, practice.periodEnd);
  const documents = practice.links.filter((link) => link.kind === 'document');
  const links = practice.links.filter((link) => link.kind === 'link');
  return (
    <article className="stack practice">
      <p>
        <Link to="/practices">{t('back')}</Link>
      </p>
      <header className="stack-tight">
        <p className="eyebrow">{t(`status.${practice.status}`)}</p>
        <h1 lang={title.lang}>{title.value}</h1>
        {summary.value && (
          <p className="lead" lang={summary.lang}>
            {summary.value}
          </p>
        )}
      </header>
      {practice.shownLanguage !== language && practice.html && (
        <p className="alert alert-info" data-testid="language-missing">
          {t('language_missing', { shown: languageName(practice.shownLanguage) })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('facets.region')}</dt>
        <dd>{labels.region(practice.region)}</dd>
        {practice.countries.length > 0 && (
          <>
            <dt>{t('facets.country')}</dt>
            <dd>{practice.countries.map(labels.country).join(', ')}</dd>
          </>
        )}
        <dt>{t('facets.modality')}</dt>
        <dd>{labels.modality(practice.modality)}</dd>
        {period && (
          <>
            <dt>{t('period')}</dt>
            <dd>{period}</dd>
          </>
        )}
        {practice.themes.length > 0 && (
          <>
            <dt>{t('facets.theme')}</dt>
            <dd>{practice.themes.map((theme) => localized(theme.name, language, 'en').value).join(', ')}</dd>
          </>
        )}
        {practice.sdgs.length > 0 && (
          <>
            <dt>{t('facets.sdg')}</dt>
            <dd>{practice.sdgs.map(labels.sdg).join(', ')}</dd>
          </>
        )}
        {practice.partners.length > 0 && (
          <>
            <dt>{t('partners')}</dt>
            <dd>{practice.partners.join(', ')}</dd>
          </>
        )}
        {practice.programmeItems.length > 0 && (
          <>
            <dt>{t('linked.items')}</dt>
            <dd>{practice.programmeItems.map((item) => localized(item.title, language, practice.language).value).join(', ')}</dd>
          </>
        )}
        {practice.rooms.length > 0 && (
          <>
            <dt>{t('linked.rooms')}</dt>
            <dd>
              {practice.rooms.map((room, index) => (
                <span key={room.id}>
                  {index > 0 && ', '}
                  <Link to={`/discussions/rooms/${room.id}`}>{localized(room.title, language, practice.language).value}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('submitted_by')}</dt>
        <dd>{practice.submittedBy.name}</dd>
      </dl>
      {/* Sanitized by the server (no raw HTML, no script, safe links), as learning units are. */}
      {practice.html && <div className="unit-body" lang={practice.shownLanguage} dangerouslySetInnerHTML={{ __html: practice.html }} />}
      {practice.files.length > 0 && (
        <section aria-labelledby="practice-files">
          <h2 id="practice-files">{t('files.title')}</h2>
          <ul>
            {practice.files.map((file) => (
              <li key={file.id}>
                <FileLink practiceId={practice.id} file={file} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {[
        ['documents', documents],
        ['links', links],
      ].map(([name, list]) =>
        (list as Practice['links']).length ? (
          <section key={name as string} aria-labelledby={`practice-${name as string}`}>
            <h2 id={`practice-${name as string}`}>{t(name === 'documents' ? 'documents' : 'links')}</h2>
            <ul>
              {(list as Practice['links']).map((link) => (
                <li key={link.url}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {practice.contacts.length > 0 && (
        <section aria-labelledby="practice-contacts" className="stack-tight">
          <h2 id="practice-contacts">{t('contacts.title')}</h2>
          <ul>
            {practice.contacts.map((person) => (
              <li key={person.id} data-testid="practice-contact">
                {person.organisation ? t('contacts.person', { name: person.name, organisation: person.organisation }) : person.name}{' '}
                <WriteToContact practiceId={practice.id} person={person} />
              </li>
            ))}
          </ul>
          <p className="muted small">{t('contacts.write')}</p>
        </section>
      )}
      {practice.can.edit && (
        <p>
          <Link to={`/practices/${practice.id}/edit`} className="button">
            {t('edit')}
          </Link>
        </p>
      )}
      {practice.can.link && <PracticeLinksEditor practice={practice} />}
      <PracticeReview practice={practice} />
    </article>
  );
}
