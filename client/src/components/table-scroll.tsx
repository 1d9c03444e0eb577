import type { ReactNode } from 'react';
import { useTranslation } from '../lib/use-translation.js';

/**
 * A wide table that scrolls sideways on a narrow screen. The scrolling box takes keyboard focus
 * (arrow keys scroll it) and is a region named "Table: <name>", so keyboard users can read every
 * column, and the region's name differs from the section around it.
 */
export function TableScroll({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={t('table_region', { name })}>
      {children}
    </div>
  );
}
