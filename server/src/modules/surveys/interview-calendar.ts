import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarInvitation {
  /** The same for every version of one interview, so calendars update or remove the one entry. */
  uid: string;
  /** Goes up with each new time and with the cancellation: the highest one wins in the calendar. */
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** iTIP (RFC 5546): REQUEST adds or moves the interview in the participant's calendar, CANCEL removes it. */
export type InvitationMethod = 'REQUEST' | 'CANCEL';

/** The interview as an iCalendar invitation (or its cancellation), written by ical-generator. */
export function interviewCalendar(event: CalendarInvitation, method: InvitationMethod, now = new Date()): string {
  const cancelled = method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'ILO SSTC Academy', product: 'Surveys', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    start: event.startsAt,
    end: new Date(event.startsAt.getTime() + event.durationMinutes * 60_000),
    summary: event.summary,
    description: event.description,
    location: event.url,
    url: event.url,
    organizer: event.organizer,
    attendees: [
      {
        name: event.attendee.name,
        email: event.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: !cancelled,
      },
    ],
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}
