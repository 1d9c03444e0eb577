import { Component, type ReactNode } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { ErrorAlert } from './error-alert.js';
import { NetworkError } from '../lib/api.js';
import { isChunkLoadError, reloadOnceForNewVersion } from '../lib/chunk-reload.js';

interface ErrorBoundaryProps {
  children: ReactNode;
}

/**
 * Catches a page that fails to render, and a page whose code failed to download (the network
 * dropped while a lazy route loaded): the header and language switcher stay, with a reload.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    // A page's code that is gone from the server: a new version was deployed since this page loaded.
    if (isChunkLoadError(error)) reloadOnceForNewVersion();
  }

  override render() {
    return this.state.error ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const downloadFailed = isChunkLoadError(error) || (error instanceof TypeError && /fetch/i.test(error.message));
  return (
    <div className="narrow">
      {downloadFailed ? (
        <ErrorAlert error={new NetworkError(error)} />
      ) : (
        <div className="alert alert-error" role="alert">
          <p>{t('failure.unexpected')}</p>
        </div>
      )}
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('failure.reload')}
        </button>
      </p>
    </div>
  );
}
