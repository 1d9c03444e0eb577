import { useState, type FormEvent } from 'react';
import { CERTIFICATE_STANDINGS } from '@sstc/shared/values';
import type { CertificateListRow, CertificateRule, CertificateStanding, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { formatDate } from '../../../lib/format.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { certificatePdfUrl } from '../api/certificates.api.js';
import { useCertificateList, useIssueCertificates, useRevokeCertificate, useSaveCertificateRule } from '../hooks/use-certificates.js';
import { RequirementList } from './requirement-list.js';

/** Organizers: the edition's rule, who is eligible, issuing in bulk or one by one, revoking. */
export function CertificatesPage() {
  const { t } = useTranslation('certificates');
  return <EditionShell page={t('list.title')}>{(edition) => <Certificates edition={edition} />}</EditionShell>;
}

function Certificates({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation('certificates');
  const [standing, setStanding] = useState<CertificateStanding | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useCertificateList(edition.id, { standing, q, page });
  const issue = useIssueCertificates(edition.id);
  const [news, setNews] = useState('');
  const issueTo = (userIds?: string[]) =>
    issue.mutate(userIds, { onSuccess: (reply) => setNews(t('list.issued', { issued: reply.issued, notEligible: reply.notEligible })) });

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const { rule, rows, counts, total, pageSize } = list.data;
  return (
    <div className="stack">
      <RuleForm editionId={edition.id} rule={rule} />
      <section className="card stack-tight" aria-labelledby="certificates-people" aria-busy={list.isFetching || undefined}>
        <h2 id="certificates-people">{t('list.people')}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('list.show')}</legend>
          {[undefined, ...CERTIFICATE_STANDINGS].map((option) => (
            <label key={option ?? 'all'}>
              <input type="radio" name="standing" checked={standing === option} onChange={() => (setStanding(option), setPage(1))} />{' '}
              {option
                ? t('list.standing_count', { standing: t(`standing.${option}`), number: counts[option] })
                : t('list.all', { number: Object.values(counts).reduce((a, b) => a + b, 0) })}
            </label>
          ))}
        </fieldset>
        <div className="field filter-search">
          <label htmlFor="certificates-search">{t('list.search')}</label>
          <input id="certificates-search" type="search" value={q} onChange={(event) => (setQ(event.target.value), setPage(1))} />
        </div>
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={counts.eligible === 0}
            aria-disabled={issue.isPending || undefined}
            onClick={() => !issue.isPending && issueTo()}
          >
            {t('list.issue_all', { number: counts.eligible })}
          </button>
        </p>
        <StatusMessage>{news}</StatusMessage>
        <ErrorAlert error={issue.error} />
        {rows.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <TableScroll name={t('list.people')}>
            <table className="people-table" data-testid="certificate-rows">
              <thead>
                <tr>
                  <th scope="col">{t('list.person')}</th>
                  <th scope="col">{t('list.requirements')}</th>
                  <th scope="col">{t('list.standing')}</th>
                  <th scope="col">{t('list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <PersonRow key={row.userId} editionId={edition.id} row={row} onIssue={() => issueTo([row.userId])} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <Pagination page={page} pages={Math.ceil(total / pageSize)} onPage={setPage} />
      </section>
    </div>
  );
}

function PersonRow({ editionId, row, onIssue }: { editionId: string; row: CertificateListRow; onIssue: () => void }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language as Language;
  const { certificate } = row;
  return (
    <tr data-standing={row.standing}>
      <th scope="row">
        {row.name}
        <br />
        <span className="muted">{row.email}</span>
      </th>
      <td>{row.requirements.length ? <RequirementList requirements={row.requirements} /> : '—'}</td>
      <td>
        {t(`standing.${row.standing}`)}
        {certificate && (
          <>
            <br />
            <span className="muted">
              {certificate.code} · {formatDate(certificate.issuedAt.slice(0, 10), language)}
            </span>
            {certificate.revocationReason && (
              <>
                <br />
                <span className="muted">{certificate.revocationReason}</span>
              </>
            )}
          </>
        )}
      </td>
      <td className="stack-tight">
        {row.standing === 'eligible' || (row.standing === 'revoked' && row.requirements.every((r) => r.met)) ? (
          <button type="button" className="button button-small" onClick={onIssue}>
            {t(row.standing === 'revoked' ? 'list.issue_again' : 'list.issue_person', { name: row.name })}
          </button>
        ) : null}
        {row.standing === 'issued' && certificate && (
          <>
            <a className="button button-small" href={certificatePdfUrl(certificate.id, language)} download>
              {t('list.download', { name: row.name })}
            </a>
            <RevokeForm editionId={editionId} certificateId={certificate.id} name={row.name} />
          </>
        )}
      </td>
    </tr>
  );
}

function RevokeForm({ editionId, certificateId, name }: { editionId: string; certificateId: string; name: string }) {
  const { t } = useTranslation('certificates');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const revoke = useRevokeCertificate(editionId);
  if (!open)
    return (
      <button type="button" className="button button-small button-danger" onClick={() => setOpen(true)}>
        {t('list.revoke', { name })}
      </button>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!revoke.isPending) revoke.mutate({ certificateId, reason });
  };
  return (
    <form className="stack-tight" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`revoke-${certificateId}`}>{t('list.revoke_reason')}</label>
        <input id={`revoke-${certificateId}`} required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <ErrorAlert error={revoke.error} />
      <div className="row">
        <SubmitButton pending={revoke.isPending} className="button button-small button-danger">
          {t('list.revoke_confirm')}
        </SubmitButton>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          {t('list.cancel')}
        </button>
      </div>
    </form>
  );
}

/** What the edition asks before a certificate; saving moves people between standings at once. */
function RuleForm({ editionId, rule }: { editionId: string; rule: CertificateRule }) {
  const { t } = useTranslation('certificates');
  const [draft, setDraft] = useState(rule);
  const save = useSaveCertificateRule(editionId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate(draft);
  };
  return (
    <form className="card stack-tight" aria-labelledby="certificate-rule" onSubmit={submit}>
      <h2 id="certificate-rule">{t('rule.title')}</h2>
      <p className="muted">{t('rule.intro')}</p>
      <label className="check">
        <input type="checkbox" checked={draft.package} onChange={(event) => setDraft({ ...draft, package: event.target.checked })} />{' '}
        {t('rule.package')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.minAttendancePercent !== null}
          onChange={(event) => setDraft({ ...draft, minAttendancePercent: event.target.checked ? 80 : null })}
        />{' '}
        {t('rule.attendance')}
      </label>
      {draft.minAttendancePercent !== null && (
        <div className="field field-inline">
          <label htmlFor="rule-attendance">{t('rule.attendance_percent')}</label>
          <input
            id="rule-attendance"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            required
            value={draft.minAttendancePercent}
            onChange={(event) => setDraft({ ...draft, minAttendancePercent: Number(event.target.value) })}
          />
        </div>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={draft.generalAssessment}
          onChange={(event) => setDraft({ ...draft, generalAssessment: event.target.checked })}
        />{' '}
        {t('rule.general_assessment')}
      </label>
      <ErrorAlert error={save.error} />
      <StatusMessage>{save.isSuccess && !save.isPending ? t('rule.saved') : ''}</StatusMessage>
      <p>
        <SubmitButton pending={save.isPending}>{t('rule.save')}</SubmitButton>
      </p>
    </form>
  );
}
