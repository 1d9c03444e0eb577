import type { Phase } from './domain.js';

export interface PhaseDates {
  preLearningOpens: string;
  faceToFaceStart: string;
  faceToFaceEnd: string;
  postLearningCloses: string | null;
}

// Building an Intl.DateTimeFormat costs a hundred times more than formatting with one, and every read
// of an edition asks its phase: one formatter per time zone, kept (there are a few hundred zones).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function kept(formats: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = make();
    formats.set(timeZone, format);
  }
  return format;
}

/** Today's calendar date (YYYY-MM-DD) in a time zone. */
export function dateIn(timeZone: string, at: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return kept(dayFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(
    at,
  );
}

/** The edition's phase on a given day of its own time zone; date strings compare in order. */
export function phaseOn(dates: PhaseDates, today: string): Phase {
  if (today < dates.preLearningOpens) return 'upcoming';
  if (today < dates.faceToFaceStart) return 'pre_learning';
  if (today <= dates.faceToFaceEnd) return 'face_to_face';
  if (!dates.postLearningCloses || today <= dates.postLearningCloses) return 'post_learning';
  return 'closed';
}

export function currentPhase(dates: PhaseDates & { timeZone: string }, at: Date = new Date()): Phase {
  return phaseOn(dates, dateIn(dates.timeZone, at));
}

/** The UTC instant of a wall-clock time (YYYY-MM-DD, HH:MM) in a time zone. */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall;
  // Two passes settle the offset even on a daylight-saving change day.
  for (let pass = 0; pass < 2; pass++) instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

function offsetMs(instant: number, timeZone: string): number {
  const format = kept(
    clockFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
  const parts = format
    .formatToParts(new Date(instant))
    .reduce<Record<string, number>>((acc, part) => ({ ...acc, [part.type]: Number(part.value) }), {});
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instant / 1000) * 1000;
}

/** A calendar date moved by whole days or months (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
