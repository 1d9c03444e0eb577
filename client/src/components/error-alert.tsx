import type { ReactNode } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { errorParams } from '@sstc/shared/values';
import { ApiError, NetworkError } from '../lib/api.js';

interface ErrorAlertProps {
  error: unknown;
  /** Further help below the message, e.g. a link to ask for a new token. */
  children?: ReactNode;
}

/** A failed call, in the reader's language: the server's error code, never its raw text. */
export function ErrorAlert({ error, children }: ErrorAlertProps) {
  const { t } = useTranslation(['common', 'errors']);
  if (!error) return null;
  let message: string;
  let requestId = '';
  if (error instanceof ApiError) {
    message = t(`errors:${error.code}`, errorParams(error.code, error.body.retryAfter ?? 60));
    if (error.status >= 500) requestId = error.body.requestId;
  } else if (error instanceof NetworkError) {
    message = t('failure.network');
  } else {
    message = t('errors:internal_error');
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {requestId && <p className="alert-detail">{t('failure.request_id', { requestId })}</p>}
      {children}
    </div>
  );
}
