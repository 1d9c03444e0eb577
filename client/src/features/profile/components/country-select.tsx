import { useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { COUNTRY_CODES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import type { ControlProps } from '../../../components/form-field.js';

/** Country names come from the browser (Intl.DisplayNames), sorted as the reader's language sorts. */
function countryOptions(language: Language): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

export function CountrySelect({ control, defaultValue }: { control: ControlProps; defaultValue?: string | null }) {
  const { t, i18n } = useTranslation('profile');
  const options = useMemo(() => countryOptions(i18n.language as Language), [i18n.language]);
  return (
    <select {...control} defaultValue={defaultValue ?? ''} autoComplete="country">
      <option value="">{t('fields.country_placeholder')}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
