import { useState, useSyncExternalStore } from 'react';
import { appUpdate } from '../lib/app-update.js';
import { useTranslation } from '../lib/use-translation.js';

/** "A new version is available — reload": shown once a new version waits, until accepted. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(appUpdate.subscribe, appUpdate.current, () => null);
  const [switching, setSwitching] = useState(false);
  return (
    <div aria-live="polite" className={apply ? 'update-prompt' : undefined} data-testid="update-prompt">
      {apply && (
        <div className="container update-prompt-inner">
          <p>{t('update.available')}</p>
          <button
            type="button"
            className="button button-small"
            aria-disabled={switching || undefined}
            onClick={() => {
              if (switching) return;
              setSwitching(true);
              void apply();
            }}
          >
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
