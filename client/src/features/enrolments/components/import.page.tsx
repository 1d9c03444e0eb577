import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useSearchParams } from 'react-router';
import type { EditionDetail, EnrolmentImport, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { formatNumber } from '../../../lib/format.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useConfirmImport, useCreateMissingCohorts, useImport, usePreviewImport } from '../hooks/use-imports.js';
import { ImportPreview } from './import-preview.js';

const TEMPLATE =
  'name,email,country,organisation,constituency group,preferred language,cohort\r\nAna Souza,ana.souza@example.org,BR,Ministério do Trabalho,government,pt,Português\r\n';

export function ImportPage() {
  const { t } = useTranslation('enrolments');
  return <EditionShell page={t('import.title')}>{(edition) => <Import edition={edition} />}</EditionShell>;
}

function Import({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation(['enrolments', 'errors']);
  const [params, setParams] = useSearchParams();
  const importId = params.get('import') ?? undefined;
  const record = useImport(importId);
  const preview = usePreviewImport(edition.id);
  const file = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);

  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    setMissing(!chosen);
    if (!chosen || preview.isPending) return;
    preview.mutate(chosen, { onSuccess: (created) => setParams({ import: created.id }) });
  };

  return (
    <>
      <p>{t('import.intro')}</p>
      <p>
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="participants-template.csv">
          {t('import.template')}
        </a>
      </p>
      <form onSubmit={upload} noValidate className="form card" data-testid="import-form">
        <ErrorAlert error={preview.error} />
        <div className={missing ? 'field field-invalid' : 'field'}>
          <label htmlFor="import-file">{t('import.file')}</label>
          <p className="field-hint" id="import-file-hint">
            {t('import.file_hint')}
          </p>
          {missing && (
            <p className="field-error" id="import-file-error">
              {t('errors:fields.required')}
            </p>
          )}
          <input
            ref={file}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={missing ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={missing || undefined}
            required
          />
        </div>
        <SubmitButton pending={preview.isPending}>{preview.isPending ? t('import.checking') : t('import.check')}</SubmitButton>
      </form>
      {record.data && <ImportSummary edition={edition} record={record.data} />}
      {record.data?.status === 'previewed' && <ImportPreview record={record.data} />}
    </>
  );
}

function ImportSummary({ edition, record }: { edition: EditionDetail; record: EnrolmentImport }) {
  const { t, i18n } = useTranslation('enrolments');
  const language = i18n.language as Language;
  const confirm = useConfirmImport(edition.id);
  const createCohorts = useCreateMissingCohorts(edition.id);
  const [createdCohorts, setCreatedCohorts] = useState(0);
  const missingCohorts = record.missingCohorts.length;
  const running = record.status === 'queued' || record.status === 'importing';
  const number = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="import-summary" className="card stack-tight" data-testid="import-summary">
      <h2 id="import-summary">{t('import.summary_title', { file: record.fileName })}</h2>
      <ul>
        <li>{t('import.counts.total', { count: record.total })}</li>
        <li>{t('import.counts.creates', { count: record.creates })}</li>
        <li>{t('import.counts.updates', { count: record.updates })}</li>
        <li>{t('import.counts.unchanged', { count: record.valid - record.creates - record.updates })}</li>
        <li className={record.invalid ? 'text-error' : undefined}>{t('import.counts.invalid', { count: record.invalid })}</li>
      </ul>
      <ErrorAlert error={confirm.error} />
      {(record.status === 'previewed' || record.status === 'failed') && (
        <>
          {record.status === 'failed' && (
            <div className="alert alert-error" role="alert">
              {t('import.failed')}
            </div>
          )}
          {record.status === 'previewed' && record.missingCohorts.length > 0 && (
            <div className="stack-tight" data-testid="missing-cohorts">
              <p>{t('import.missing_cohorts', { count: record.missingCohorts.length })}</p>
              <ul>
                {record.missingCohorts.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
              <ErrorAlert error={createCohorts.error} />
              <button
                type="button"
                className="button"
                aria-disabled={createCohorts.isPending || undefined}
                onClick={() => !createCohorts.isPending && createCohorts.mutate(record.id, { onSuccess: () => setCreatedCohorts(missingCohorts) })}
              >
                {t('import.create_cohorts', { count: record.missingCohorts.length })}
              </button>
            </div>
          )}
          {record.invalid > 0 && <p>{t('import.invalid_skipped')}</p>}
          <button
            type="button"
            className="button button-primary"
            disabled={record.valid === 0}
            aria-disabled={confirm.isPending || undefined}
            onClick={() => !confirm.isPending && confirm.mutate(record.id)}
          >
            {t('import.confirm', { count: record.valid })}
          </button>
        </>
      )}
      {running && (
        <div className="stack-tight">
          <label htmlFor="import-progress">{t('import.progress', { done: number(record.processed), total: number(record.valid) })}</label>
          <progress id="import-progress" max={record.valid} value={record.processed} />
        </div>
      )}
      <StatusMessage>
        {createdCohorts > 0 && record.status === 'previewed' && t('import.cohorts_created', { count: createdCohorts })}
        {record.status === 'done' && (
          <>
            {t('import.done', { count: record.valid })} <Link to={`/editions/${edition.id}/enrolments`}>{t('import.see_people')}</Link>
          </>
        )}
      </StatusMessage>
    </section>
  );
}
