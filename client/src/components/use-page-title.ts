import { useEffect } from 'react';
import { useTranslation } from '../lib/use-translation.js';

/** Names the browser tab after the page, the first thing a screen reader says after navigation. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('page_title', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
