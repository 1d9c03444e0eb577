import { useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import type { ControlProps } from '../../../components/form-field.js';
import { useNow } from '../../../components/use-now.js';
import { offsetName } from '../../../lib/format.js';

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...zones, 'UTC', current])].sort();
}

/** Every IANA time zone with its current offset, so "GMT+01:00" helps whoever does not know the name. */
export function TimeZoneSelect({ control, defaultValue }: { control: ControlProps; defaultValue: string }) {
  const { t, i18n } = useTranslation('profile');
  const language = i18n.language as Language;
  const now = useNow();
  const options = useMemo(
    () =>
      timeZones(defaultValue).map((zone) => ({
        zone,
        label: t('fields.time_zone_option', { zone: zone.replaceAll('_', ' '), offset: offsetName(new Date(now), zone, language) }),
      })),
    [defaultValue, language, t, now],
  );
  return (
    <select {...control} defaultValue={defaultValue}>
      {options.map((option) => (
        <option key={option.zone} value={option.zone}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
