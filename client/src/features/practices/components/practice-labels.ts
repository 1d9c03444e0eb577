import { useMemo } from 'react';
import type { Language, PracticeTheme } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';

export interface PracticeLabels {
  region: (value: string) => string;
  modality: (value: string) => string;
  country: (code: string) => string;
  theme: (id: string) => string;
  sdg: (value: string | number) => string;
  period: (start: number | null, end: number | null) => string;
}

/** How a region, modality, country, theme or SDG is named in the reader's language. */
export function usePracticeLabels(themes: PracticeTheme[] | undefined) {
  const { t, i18n } = useTranslation(['practices', 'common']);
  const language = i18n.language as Language;
  return useMemo((): PracticeLabels => {
    const countries = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const themeById = new Map((themes ?? []).map((theme) => [theme.id, theme]));
    return {
      region: (value: string) => (value === 'global' ? t('region_global') : t(`common:regions.${value as 'africa'}`)),
      modality: (value: string) => t(`common:modalities.${value as 'south_south'}`),
      country: (code: string) => countries.of(code) ?? code,
      theme: (id: string) => {
        const theme = themeById.get(id);
        return theme ? localized(theme.name, language, 'en').value : '';
      },
      sdg: (value: string | number) => t('sdg', { number: value }),
      period: (start: number | null, end: number | null) =>
        start === null ? '' : end === null ? t('period_since', { start }) : start === end ? String(start) : t('period_range', { start, end }),
    };
  }, [t, language, themes]);
}
