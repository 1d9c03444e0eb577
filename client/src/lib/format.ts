import type { Language } from '@sstc/shared';

// Calendar dates (YYYY-MM-DD) belong to the edition's own time zone: they are formatted as they
// are, never shifted. Instants (ISO date-times in UTC) are shown in a time zone the caller names.

function calendarDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "11 July 2016" in the reader's language. */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDate(date));
}

/** "11–15 July 2016": a range of calendar dates. */
export function formatDateRange(start: string, end: string, language: Language): string {
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(calendarDate(start), calendarDate(end));
}

/** "Mon, 11 Jul, 04:00 – 05:30 GMT-3": a session's time slot in the given time zone. */
export function formatTimeRange(startsAt: string, endsAt: string, language: Language, timeZone: string): string {
  const format = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** Whether two time zones show the same clock time at an instant (then one of them is enough). */
export function sameClock(at: string | Date, zoneA: string, zoneB: string): boolean {
  return zoneA === zoneB || offsetName(new Date(at), zoneA, 'en') === offsetName(new Date(at), zoneB, 'en');
}

/** "Central European Time": a time zone's name in the reader's language, else its IANA name. */
export function timeZoneName(timeZone: string, language: Language, at: Date = new Date()): string {
  return zonePart(at, timeZone, language, 'longGeneric') ?? timeZone.replaceAll('_', ' ');
}

/** "GMT+01:00" at a given instant. */
export function offsetName(at: Date, timeZone: string, language: Language): string {
  return zonePart(at, timeZone, language, 'longOffset') ?? '';
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** The browser's own time zone, the default for a new profile. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function zonePart(at: Date, timeZone: string, language: Language, style: Intl.DateTimeFormatOptions['timeZoneName']): string | undefined {
  try {
    return new Intl.DateTimeFormat(language, { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

const DURATION_UNITS = [
  ['week', 10_080],
  ['day', 1_440],
  ['hour', 60],
  ['minute', 1],
] as const;

/** "1 day", "1 semaine", "10 minutos": a whole number of minutes in the largest unit that divides it. */
export function formatDuration(minutes: number, language: Language): string {
  const [unit, size] = DURATION_UNITS.find(([, size]) => minutes % size === 0) ?? ['minute', 1];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(minutes / size);
}
