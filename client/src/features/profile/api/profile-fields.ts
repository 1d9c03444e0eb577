import type { ConstituencyGroup, Language } from '@sstc/shared';

/** The profile fields of a submitted form, shaped as the contracts expect (the server validates them). */
export function profileFieldsOf(values: Record<string, string>) {
  return {
    name: values.name ?? '',
    country: values.country ?? '',
    organisation: values.organisation ?? '',
    constituencyGroup: values.constituencyGroup as ConstituencyGroup,
    language: values.language as Language,
    timeZone: values.timeZone ?? '',
  };
}
