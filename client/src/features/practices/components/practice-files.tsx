import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PRACTICE_DOCUMENT_MAX_BYTES, PRACTICE_DOCUMENTS_MAX } from '@sstc/shared/values';
import type { Practice, PracticeDocument } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { documentUrl, practicesApi } from '../api/practices.api.js';
import { practiceKeys } from '../hooks/use-practices.js';

/** "2.4 MB", "350 kB" in the reader's language. */
export function formatSize(bytes: number, language: string): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    Math.max(bytes / (mega ? 1024 * 1024 : 1024), 0.1),
  );
}

/** A file of the practice to download (always saved, never opened on the site). */
export function FileLink({ practiceId, file }: { practiceId: string; file: PracticeDocument }) {
  const { i18n } = useTranslation('practices');
  return (
    <>
      <a href={documentUrl(practiceId, file.id)} download={file.name}>
        {file.name}
      </a>{' '}
      <span className="muted small">({formatSize(file.size, i18n.language)})</span>
    </>
  );
}

/** The editor's files: uploaded one by one as they are chosen, removed at once; the server says what it accepts. */
export function PracticeFilesEditor({ practice }: { practice: Practice }) {
  const { t, i18n } = useTranslation('practices');
  const id = useId();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState(practice.files);
  const [tooLarge, setTooLarge] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: practiceKeys.all });
  const upload = useMutation({
    mutationFn: (file: File) => practicesApi.upload(practice.id, file),
    onSuccess: (file) => {
      setFiles((list) => [...list, file]);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (file: PracticeDocument) => practicesApi.removeDocument(practice.id, file.id),
    onSuccess: (_, file) => {
      setFiles((list) => list.filter((f) => f.id !== file.id));
      void refresh();
    },
  });
  const maxSize = formatSize(PRACTICE_DOCUMENT_MAX_BYTES, i18n.language);
  return (
    <section className="stack-tight" aria-labelledby={`${id}-title`} data-testid="practice-files">
      <h2 id={`${id}-title`}>{t('files.title')}</h2>
      {files.length === 0 ? (
        <p className="muted small">{t('files.none')}</p>
      ) : (
        <ul>
          {files.map((file) => (
            <li key={file.id}>
              <FileLink practiceId={practice.id} file={file} />{' '}
              <button type="button" className="link-button" disabled={remove.isPending} onClick={() => remove.mutate(file)}>
                {t('files.remove', { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length < PRACTICE_DOCUMENTS_MAX && (
        <div className="field">
          <label htmlFor={`${id}-input`}>{upload.isPending ? t('files.uploading') : t('files.choose')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('files.hint', { size: maxSize, max: PRACTICE_DOCUMENTS_MAX })}
          </p>
          <input
            id={`${id}-input`}
            type="file"
            aria-describedby={`${id}-hint`}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg"
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              setTooLarge('');
              upload.reset();
              if (!file) return;
              if (file.size > PRACTICE_DOCUMENT_MAX_BYTES) setTooLarge(t('files.too_large', { name: file.name, size: maxSize }));
              else upload.mutate(file);
            }}
          />
        </div>
      )}
      {tooLarge && (
        <p className="field-error" role="alert">
          {tooLarge}
        </p>
      )}
      {(upload.error ?? remove.error) && <ErrorAlert error={upload.error ?? remove.error} />}
    </section>
  );
}
