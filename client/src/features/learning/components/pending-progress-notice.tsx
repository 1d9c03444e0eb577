import { useTranslation } from '../../../lib/use-translation.js';
import { usePendingProgress } from '../hooks/use-learning.js';

/** Tells the reader that progress made offline is kept and will be sent. */
export function PendingProgressNotice() {
  const { t } = useTranslation('learning');
  const pending = usePendingProgress();
  return (
    <div role="status" className={pending ? 'note' : undefined}>
      {pending > 0 && t('offline.pending', { count: pending })}
    </div>
  );
}
