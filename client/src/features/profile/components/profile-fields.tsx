import { useTranslation } from '../../../lib/use-translation.js';
import { CONSTITUENCY_GROUPS } from '@sstc/shared/values';
import type { ConstituencyGroup, FieldProblem, Language } from '@sstc/shared';
import { Field } from '../../../components/form-field.js';
import { browserTimeZone } from '../../../lib/format.js';
import { CountrySelect } from './country-select.js';
import { LanguageSelect } from './language-select.js';
import { TimeZoneSelect } from './time-zone-select.js';

export interface ProfileDefaults {
  name?: string;
  country?: string | null;
  organisation?: string | null;
  constituencyGroup?: ConstituencyGroup | null;
  language: Language;
  timeZone?: string;
}

interface ProfileFieldsProps {
  defaults: ProfileDefaults;
  problems: Record<string, FieldProblem>;
}

/** The profile's fields, shared by the invitation form and the profile page. */
export function ProfileFields({ defaults, problems }: ProfileFieldsProps) {
  const { t } = useTranslation(['profile', 'common']);
  return (
    <>
      <Field label={t('fields.name')} name="name" problem={problems.name}>
        {(control) => <input {...control} type="text" autoComplete="name" defaultValue={defaults.name ?? ''} maxLength={200} />}
      </Field>
      <Field label={t('fields.country')} name="country" problem={problems.country}>
        {(control) => <CountrySelect control={control} defaultValue={defaults.country} />}
      </Field>
      <Field label={t('fields.organisation')} name="organisation" problem={problems.organisation} optional>
        {(control) => <input {...control} type="text" autoComplete="organization" defaultValue={defaults.organisation ?? ''} maxLength={300} />}
      </Field>
      <Field label={t('fields.constituency_group')} name="constituencyGroup" problem={problems.constituencyGroup}>
        {(control) => (
          <select {...control} defaultValue={defaults.constituencyGroup ?? ''}>
            <option value="">{t('fields.constituency_group_placeholder')}</option>
            {CONSTITUENCY_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t(`common:constituency_groups.${group}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.language')} name="language" problem={problems.language}>
        {(control) => <LanguageSelect control={control} defaultValue={defaults.language} />}
      </Field>
      <Field label={t('fields.time_zone')} name="timeZone" problem={problems.timeZone} hint={t('fields.time_zone_hint')}>
        {(control) => <TimeZoneSelect control={control} defaultValue={defaults.timeZone ?? browserTimeZone()} />}
      </Field>
    </>
  );
}
