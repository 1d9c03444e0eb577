import { useTranslation } from '../../../lib/use-translation.js';
import type { Phase } from '@sstc/shared';

/** The edition's phase in words (colour only repeats it). */
export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${phase}`} data-testid="edition-phase" data-phase={phase}>
      {t(`phases.${phase}`)}
    </span>
  );
}
