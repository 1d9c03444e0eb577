import { useTranslation } from '../../../lib/use-translation.js';
import { useAutoTranslateSetting, useTranslationSettings } from '../../translation/translation.api.js';

/** The reader's "translate messages automatically" setting; nothing when the platform does not translate. */
export function AutoTranslateSetting() {
  const { t } = useTranslation('discussions');
  const settings = useTranslationSettings().data;
  const update = useAutoTranslateSetting();
  if (!settings?.enabled) return null;
  return (
    <label className="checkbox small">
      <input
        type="checkbox"
        checked={update.isPending ? update.variables : settings.autoTranslate}
        disabled={update.isPending}
        onChange={(event) => update.mutate(event.target.checked)}
        data-testid="auto-translate"
      />{' '}
      {t('translation.auto')}
    </label>
  );
}
