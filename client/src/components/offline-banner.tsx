import { useSyncExternalStore } from 'react';
import { useTranslation } from '../lib/use-translation.js';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser has a network connection (the page itself may come from the service worker). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/** Says, on every page, that what shows was kept on this device and what happens to new work. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div aria-live="polite" className={online ? undefined : 'offline-banner'} data-testid="offline-banner">
      {!online && (
        <p className="container">
          <strong>{t('offline.title')}</strong> {t('offline.body')}
        </p>
      )}
    </div>
  );
}
