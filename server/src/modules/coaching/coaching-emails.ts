import { localize, type JobPayloads, type Language, type LocalizedText } from '@sstc/shared';
import { interviewCalendar } from '../surveys/interview-calendar.js';

/** What an email about a booking needs to know, read in one statement by the bookings service. */
export interface BookingFacts {
  bookingId: string;
  startsAt: Date;
  slotTimeZone: string;
  durationMinutes: number;
  meetingLink: string | null;
  place: string | null;
  slotLanguage: Language;
  need: string | null;
  itemTitle: LocalizedText | null;
  defaultLanguage: Language;
  participant: { name: string; email: string; language: Language; timeZone: string };
  facilitator: { name: string; email: string; language: Language; timeZone: string };
}

type Email = JobPayloads['send-email'];

/** The time in the reader's zone, with the slot's zone beside when it differs. */
export function whenFor(startsAt: Date, language: Language, readerZone: string, slotZone: string): string {
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(language, {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(startsAt);
  return readerZone === slotZone ? format(readerZone) : `${format(readerZone)} (${format(slotZone)})`;
}

/** The slot's topic in the reader's language: the module's title, else the need as the facilitator wrote it. */
export function topicOf(facts: Pick<BookingFacts, 'itemTitle' | 'need' | 'defaultLanguage'>, language: Language): string {
  return facts.itemTitle ? localize(facts.itemTitle, language, facts.defaultLanguage) : (facts.need ?? '');
}

function common(facts: BookingFacts, reader: BookingFacts['participant'], link: string) {
  return {
    name: reader.name,
    facilitator: facts.facilitator.name,
    topic: topicOf(facts, reader.language),
    when: whenFor(facts.startsAt, reader.language, reader.timeZone, facts.slotTimeZone),
    where: [facts.meetingLink, facts.place].filter(Boolean).join(' · '),
    link,
  };
}

/**
 * The session as a calendar invitation (UTC times: every calendar shows them in its own zone), under
 * one UID per booking: the cancellation (a higher SEQUENCE) removes the entry the confirmation added.
 */
function calendarOf(facts: BookingFacts, topic: string, link: string, from: string, method: 'REQUEST' | 'CANCEL'): NonNullable<Email['calendar']> {
  const content = interviewCalendar(
    {
      uid: `coaching-${facts.bookingId}@sstc-academy`,
      sequence: method === 'REQUEST' ? 0 : 1,
      startsAt: facts.startsAt,
      durationMinutes: facts.durationMinutes,
      summary: `Coaching: ${topic}`,
      description: [facts.meetingLink, facts.place, link].filter(Boolean).join('\n'),
      url: facts.meetingLink ?? link,
      organizer: { name: facts.facilitator.name, email: from },
      attendee: { name: facts.participant.name, email: facts.participant.email },
    },
    method,
  );
  return { method, filename: 'coaching.ics', content };
}

/** The participant's confirmation, with the session for their calendar. */
export function bookedEmail(facts: BookingFacts, link: string, from: string): Email {
  const reader = facts.participant;
  const params = {
    ...common(facts, reader, link),
    minutes: String(facts.durationMinutes),
    language: new Intl.DisplayNames([reader.language], { type: 'language' }).of(facts.slotLanguage) ?? facts.slotLanguage,
  };
  return {
    key: `coaching-booked:${facts.bookingId}`,
    to: reader.email,
    language: reader.language,
    template: 'coaching_booked',
    params,
    calendar: calendarOf(facts, params.topic, link, from, 'REQUEST'),
  };
}

/** The participant cancelled: their calendar entry goes too. */
export function withdrawnEmail(facts: BookingFacts, link: string, from: string): Email {
  const reader = facts.participant;
  const params = common(facts, reader, link);
  return {
    key: `coaching-withdrawn:${facts.bookingId}`,
    to: reader.email,
    language: reader.language,
    template: 'coaching_booking_cancelled',
    params,
    calendar: calendarOf(facts, params.topic, link, from, 'CANCEL'),
  };
}

/** The facilitator (or an organizer) called the session off: each participant who booked is told, and their calendar entry goes. */
export function slotCancelledEmail(facts: BookingFacts, link: string, from: string): Email {
  const reader = facts.participant;
  const params = common(facts, reader, link);
  return {
    key: `coaching-slot-cancelled:${facts.bookingId}`,
    to: reader.email,
    language: reader.language,
    template: 'coaching_slot_cancelled',
    params,
    calendar: calendarOf(facts, params.topic, link, from, 'CANCEL'),
  };
}

export function reminderEmail(facts: BookingFacts, link: string): Email {
  const reader = facts.participant;
  return {
    key: `coaching-reminder:${facts.bookingId}`,
    to: reader.email,
    language: reader.language,
    template: 'coaching_reminder',
    params: common(facts, reader, link),
  };
}

/** Tells the facilitator that a participant cancelled (in the facilitator's language and zone). */
export function cancelledEmail(facts: BookingFacts, link: string): Email {
  const reader = facts.facilitator;
  return {
    key: `coaching-cancelled:${facts.bookingId}`,
    to: reader.email,
    language: reader.language,
    template: 'coaching_cancelled',
    params: { ...common(facts, reader, link), participant: facts.participant.name },
  };
}
