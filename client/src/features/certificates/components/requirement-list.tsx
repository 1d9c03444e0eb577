import type { RequirementProgress } from '@sstc/shared';
import { useTranslation } from '../../../lib/use-translation.js';

/** Each requirement of the edition's rule, with how far the participant is; read out as done or not yet. */
export function RequirementList({ requirements }: { requirements: RequirementProgress[] }) {
  const { t } = useTranslation('certificates');
  return (
    <ul className="requirements">
      {requirements.map((r) => (
        <li key={r.requirement} className={r.met ? 'requirement-met' : undefined}>
          <span aria-hidden="true">{r.met ? '✓ ' : '○ '}</span>
          {t(`requirement.${r.requirement}`, { done: r.done, needed: r.needed })}
          <span className="visually-hidden"> ({t(r.met ? 'requirement.met' : 'requirement.not_met')})</span>
        </li>
      ))}
    </ul>
  );
}
