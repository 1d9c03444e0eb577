import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';

export interface CalendarEvent {
  /** Stable across updates, so calendar apps update the entry instead of adding a second one. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE';
  categories?: string[];
}

export interface Calendar {
  name: string;
  events: CalendarEvent[];
  /** When this copy was produced (DTSTAMP). */
  now: Date;
}

/** Subscribed calendars refresh a few times a day, so a changed room or time reaches people. */
const REFRESH_SECONDS = 6 * 3600;

/**
 * The agenda as a published iCalendar (RFC 5545), written by ical-generator: times in UTC, so no
 * time zone definitions; escaping and folding at 75 octets are the library's.
 */
export function buildCalendar(calendar: Calendar): string {
  const ics = ical({
    name: calendar.name,
    prodId: { company: 'ILO SSTC Academy', product: 'Agenda', language: 'EN' },
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  });
  for (const event of calendar.events) {
    ics.createEvent({
      id: event.uid,
      stamp: calendar.now,
      start: event.start,
      end: event.end,
      summary: event.summary,
      location: event.location || null,
      description: event.description || null,
      url: event.url || null,
      categories: (event.categories ?? []).map((name) => ({ name })),
      status: event.status === 'TENTATIVE' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${ics.toString()}\r\n`;
}
