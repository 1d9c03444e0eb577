import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Distribution } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Pagination } from '../../../components/pagination.js';
import { useDistributionProgress, useRecipients, useResend } from '../hooks/use-surveys.js';
import { ProgressBar } from './charts.js';
import { TableScroll } from '../../../components/table-scroll.js';

/** Queued, sent, failed (with the reason), responded; and each recipient, with a resend. */
export function DistributionProgressView({ distribution, anonymous }: { distribution: Distribution; anonymous: boolean }) {
  const { t } = useTranslation('surveys');
  const progress = useDistributionProgress(distribution.id);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const recipients = useRecipients(distribution.id, page, search);
  const resend = useResend(distribution.id);
  const count = (status: string) => progress.data?.messages.filter((m) => m.status === status).reduce((sum, m) => sum + m.count, 0) ?? 0;
  const total = progress.data?.messages.reduce((sum, m) => sum + m.count, 0) ?? 0;
  return (
    <div className="stack-tight" data-testid="distribution-progress">
      {progress.data && (
        <>
          <ProgressBar value={count('sent')} max={total} label={t('progress.sent', { sent: count('sent'), total })} />
          <p>
            {t('progress.summary', { queued: count('queued'), failed: count('failed'), skipped: count('skipped') })} ·{' '}
            {t('progress.responded', { responded: progress.data.responded, recipients: progress.data.recipients })}
          </p>
        </>
      )}
      <div className="field">
        <label htmlFor={`search-${distribution.id}`}>{t('progress.search')}</label>
        <input
          id={`search-${distribution.id}`}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
      </div>
      {recipients.data && (
        <TableScroll name={t('progress.recipients_table')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('progress.name')}</th>
                <th scope="col">{t('progress.message')}</th>
                {!anonymous && <th scope="col">{t('progress.responded_column')}</th>}
                <th scope="col">
                  <span className="visually-hidden">{t('progress.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recipients.data.items.map((r) => (
                <tr key={r.invitationId}>
                  <td>
                    {r.name}
                    <br />
                    <span className="muted">
                      {r.email}
                      {r.cohort && ` · ${r.cohort}`}
                    </span>
                  </td>
                  <td>
                    {/* Anonymous: what reached a person would tell whether they answered, so each is only "invited". */}
                    {anonymous
                      ? t('progress.invited')
                      : r.lastMessage
                        ? `${t(`message_kind.${r.lastMessage.kind}`)}: ${t(`message_status.${r.lastMessage.status}`)}`
                        : '—'}
                    {r.lastMessage?.error && <span className="field-error"> {r.lastMessage.error}</span>}
                  </td>
                  {!anonymous && <td>{r.responded ? t('form.yes') : t('form.no')}</td>}
                  <td>
                    {!r.responded && distribution.status === 'open' && (
                      <button type="button" className="button button-small" onClick={() => resend.mutate(r.invitationId)}>
                        {t('progress.resend')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pages={Math.ceil(recipients.data.total / recipients.data.pageSize)} onPage={setPage} />
        </TableScroll>
      )}
      <ErrorAlert error={resend.error} />
    </div>
  );
}
