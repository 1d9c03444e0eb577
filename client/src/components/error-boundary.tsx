import { Component, type ReactNode } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { ErrorAlert } from './error-alert.js';
import { NetworkError } from '../lib/api.js';

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

  override render() {
    return this.state.error ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // Browsers word a failed dynamic import differently; all of them raise a TypeError.
  const downloadFailed = error instanceof TypeError && /import|module|fetch/i.test(error.message);
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
