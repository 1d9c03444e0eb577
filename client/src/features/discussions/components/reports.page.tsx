import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Report, ResolveReportRequest } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { discussionsApi } from '../api/discussions.api.js';
import { Markdown } from '../lib/markdown.js';
import { ReasonForm } from './reason-form.js';
import { RelativeTime } from './relative-time.js';

/** The moderators' queue: members' reports in the rooms they moderate, oldest first, each to settle. */
export function ReportsPage() {
  const { t } = useTranslation('discussions');
  const [status, setStatus] = useState<Report['status']>('open');
  const [page, setPage] = useState(1);
  const reports = useQuery({ queryKey: ['discussions', 'reports', status, page], queryFn: () => discussionsApi.reports(status, page) });
  usePageTitle(t('reports.title'));
  return (
    <div className="stack">
      <p>
        <Link to="/discussions">{t('room.back')}</Link>
      </p>
      <h1>{t('reports.title')}</h1>
      <label className="field-inline">
        <span>{t('reports.status')}</span>
        <select
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as Report['status']);
            setPage(1);
          }}
        >
          {(['open', 'resolved', 'dismissed'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`reports.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorAlert error={reports.error} />
      ) : reports.data.items.length === 0 ? (
        <p>{t('reports.empty')}</p>
      ) : (
        <>
          <ul className="stack">
            {reports.data.items.map((report) => (
              <ReportCard key={report.id} report={report} />
            ))}
          </ul>
          <Pagination page={page} pages={Math.ceil(reports.data.total / reports.data.pageSize)} onPage={setPage} />
        </>
      )}
    </div>
  );
}

function ReportCard({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('discussions');
  const client = useQueryClient();
  const [action, setAction] = useState<ResolveReportRequest['action'] | null>(null);
  const resolve = useMutation({
    mutationFn: (body: ResolveReportRequest) => discussionsApi.resolveReport(report.id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['discussions', 'reports'] }),
  });
  const room = localized(report.room.title, i18n.language as Language, 'en');
  return (
    <li className="card stack-tight" data-testid="report">
      <p className="muted small">
        <Link to={`/discussions/rooms/${report.room.id}#message-${report.message.id}`} lang={room.lang}>
          {room.value}
        </Link>{' '}
        · {t('reports.by', { name: report.reporter.name, reason: t(`report.reasons.${report.reason}`) })} · <RelativeTime at={report.createdAt} />
      </p>
      {report.note && <p>“{report.note}”</p>}
      <blockquote lang={report.message.language}>
        <p className="message-author">{report.message.author.name}</p>
        {report.message.body !== null && <Markdown text={report.message.body} />}
      </blockquote>
      {report.status === 'open' ? (
        action ? (
          <ReasonForm
            title={t(`reports.actions.${action}`)}
            submit={t(`reports.actions.${action}`)}
            onCancel={() => setAction(null)}
            onSubmit={(reason) => resolve.mutateAsync({ action, reason })}
          />
        ) : (
          <div className="row">
            {(['dismiss', 'hide', 'delete'] as const).map((a) => (
              <button
                key={a}
                type="button"
                className={a === 'dismiss' ? 'button button-small' : 'button button-small button-danger'}
                onClick={() => setAction(a)}
              >
                {t(`reports.actions.${a}`)}
              </button>
            ))}
          </div>
        )
      ) : (
        report.resolvedBy && <p className="muted small">{t('reports.resolved_by', { name: report.resolvedBy.name })}</p>
      )}
      {resolve.isError && <ErrorAlert error={resolve.error} />}
    </li>
  );
}
