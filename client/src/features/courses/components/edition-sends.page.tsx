import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AutomaticSend, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { formatNumber, sameClock, timeZoneName } from '../../../lib/format.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { surveysApi } from '../../surveys/api/surveys.api.js';
import { useAutomaticSends } from '../hooks/use-editions.js';
import { EditionShell } from './edition-shell.js';

/** The edition's timeline: every automatic send, what it is, to how many, when, and whether it went. */
export function EditionSendsPage() {
  const { t } = useTranslation('courses');
  return <EditionShell page={t('nav.sends')}>{(edition) => <Timeline edition={edition} />}</EditionShell>;
}

function Timeline({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation(['courses', 'surveys']);
  const language = i18n.language as Language;
  const viewerZone = useSignedInUser().timeZone;
  const sends = useAutomaticSends(edition.id);
  const when = (at: string, timeZone: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(at));
  if (sends.isPending) return <Loading />;
  if (sends.isError) return <ErrorAlert error={sends.error} />;
  // "Follow again" once per distribution, on its first send, while nothing of it has gone out.
  const offered = new Set<AutomaticSend>();
  for (const distributionId of new Set(sends.data.filter((s) => s.followsEdition === false).map((s) => s.distributionId))) {
    const first = sends.data.find((s) => s.distributionId === distributionId)!;
    if (first.status === 'planned' || first.status === 'not_scheduled') offered.add(first);
  }
  return (
    <section className="stack" data-testid="automatic-sends">
      <p className="muted">{t('sends.intro')}</p>
      <p className="muted">
        {viewerZone === edition.timeZone
          ? t('sends.zones_same', { editionZone: timeZoneName(edition.timeZone, language) })
          : t('sends.zones', { editionZone: timeZoneName(edition.timeZone, language), viewerZone: timeZoneName(viewerZone, language) })}
      </p>
      {sends.data.length === 0 ? (
        <p>{t('sends.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('nav.sends')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sends.when')}</th>
                <th scope="col">{t('sends.what')}</th>
                <th scope="col">{t('sends.to_whom')}</th>
                <th scope="col">{t('sends.status_label')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sends.link')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sends.data.map((send) => (
                <tr
                  key={`${send.kind}:${send.distributionId ?? 'learning'}:${send.at}`}
                  data-testid="automatic-send"
                  data-kind={send.kind}
                  data-status={send.status}
                >
                  <td>
                    <time dateTime={send.at}>{when(send.at, edition.timeZone)}</time>
                    {!sameClock(send.at, edition.timeZone, viewerZone) && (
                      <>
                        <br />
                        <span className="muted">{t('sends.your_time', { time: when(send.at, viewerZone) })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <SendName send={send} />
                    {send.followsEdition === false && (
                      <>
                        <br />
                        <strong className="badge badge-warning">{t('sends.not_following')}</strong>
                      </>
                    )}
                    {offered.has(send) && send.distributionId && <FollowAgain editionId={edition.id} distributionId={send.distributionId} />}
                  </td>
                  <td>{t('sends.recipients', { count: send.recipients, formatted: formatNumber(send.recipients, language) })}</td>
                  <td>{t(`sends.status.${send.status}`)}</td>
                  <td>
                    {send.surveyId ? (
                      <Link to={`/surveys/${send.surveyId}#distribution-${send.distributionId}`}>{t('sends.open_distribution')}</Link>
                    ) : (
                      <Link to={`/editions/${edition.id}/learning/progress`}>{t('sends.open_progress')}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Puts a hand-edited distribution back on the edition's dates (the survey page's action, through the same endpoint). */
function FollowAgain({ editionId, distributionId }: { editionId: string; distributionId: string }) {
  const { t } = useTranslation('surveys');
  const client = useQueryClient();
  const follow = useMutation({
    mutationFn: () => surveysApi.followEdition(distributionId),
    // The survey's page shows the same distribution: both refresh.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['editions', editionId, 'automatic-sends'] }),
        client.invalidateQueries({ queryKey: ['surveys'] }),
      ]),
  });
  return (
    <div className="stack-tight">
      <button type="button" className="button button-small" disabled={follow.isPending} onClick={() => follow.mutate()}>
        {t('distribution.follow_again')}
      </button>
      <ErrorAlert error={follow.error} />
    </div>
  );
}

function SendName({ send }: { send: AutomaticSend }) {
  const { t } = useTranslation(['courses', 'surveys']);
  const survey = send.surveyKind ? t(`surveys:kinds.${send.surveyKind}`) : '';
  switch (send.kind) {
    case 'survey_invitation':
      return <>{t('sends.kind.survey_invitation', { survey })}</>;
    case 'survey_reminder':
      return <>{t('sends.kind.survey_reminder', { survey, count: send.day ?? 0 })}</>;
    case 'survey_closing':
      return <>{t('sends.kind.survey_closing', { survey })}</>;
    case 'learning_reminder':
      return <>{t('sends.kind.learning_reminder', { count: send.day ?? 0 })}</>;
  }
}
