import { useTranslation } from '../lib/use-translation.js';

/** A quiet, announced placeholder while data travels over a slow network. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading-spinner" aria-hidden="true" />
      {t('loading')}
    </p>
  );
}
