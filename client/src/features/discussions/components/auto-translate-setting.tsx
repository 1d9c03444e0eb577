import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useAutoTranslateSetting, useTranslationSettings } from '../../translation/translation.api.js';

/** The reader's "translate messages automatically" setting; nothing when the platform does not translate. */
export function AutoTranslateSetting() {
  const { t } = useTranslation('discussions');
  const settings = useTranslationSettings().data;
  const update = useAutoTranslateSetting();
  // The reader's choice shows at once (the mutation's own state arrives a tick later); the saved value once it is known.
  const [chosen, setChosen] = useState<boolean | null>(null);
  if (!settings?.enabled) return null;
  return (
    <label className="checkbox small">
      <input
        type="checkbox"
        checked={chosen ?? settings.autoTranslate}
        disabled={update.isPending}
        onChange={(event) => {
          const value = event.target.checked;
          setChosen(value);
          update.mutate(value, { onError: () => setChosen(null) });
        }}
        data-testid="auto-translate"
      />{' '}
      {t('translation.auto')}
    </label>
  );
}
