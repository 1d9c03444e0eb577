import { useTranslation } from '../../../lib/use-translation.js';
import type { UnitProgress } from '@sstc/shared';

export function UnitStatus({ progress }: { progress: UnitProgress | null }) {
  const { t } = useTranslation('learning');
  const status = progress?.completedAt ? 'completed' : progress?.openedAt ? 'opened' : 'not_started';
  return <span className={`badge badge-unit-${status}`}>{t(`unit_status.${status}`)}</span>;
}
