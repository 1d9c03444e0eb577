import { describe, expect, it } from '@jest/globals';
import { interviewCalendar, type CalendarInvitation } from './interview-calendar.js';

describe('interview calendar invitation', () => {
  const event: CalendarInvitation = {
    uid: 'abc@sstc-academy',
    sequence: 2,
    startsAt: new Date('2016-11-20T14:00:00Z'),
    durationMinutes: 45,
    summary: 'Entrevista: su iniciativa de CSST, Academia',
    description: 'Enlace; línea dos\nmás',
    url: 'https://meet.example.org/room-1',
    organizer: { name: 'Aminata Diallo', email: 'academy@example.org' },
    attendee: { name: 'María Fernández', email: 'maria@example.org' },
  };
  const now = new Date('2016-11-01T10:00:00Z');
  const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

  it('is a REQUEST with UTC times, the end after the duration, the sequence, organizer and attendee', () => {
    const lines = unfold(interviewCalendar(event, 'REQUEST', now));
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'UID:abc@sstc-academy',
        'SEQUENCE:2',
        'DTSTAMP:20161101T100000Z',
        'DTSTART:20161120T140000Z',
        'DTEND:20161120T144500Z',
        'STATUS:CONFIRMED',
        'ORGANIZER;CN="Aminata Diallo":mailto:academy@example.org',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="María Fernández":MAILTO:maria@example.org',
      ]),
    );
  });

  it('cancels the same event (same UID) with its sequence and a cancelled status', () => {
    const lines = unfold(interviewCalendar({ ...event, sequence: 3 }, 'CANCEL', now));
    expect(lines).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'UID:abc@sstc-academy', 'SEQUENCE:3', 'STATUS:CANCELLED']));
    expect(lines).not.toContain('METHOD:REQUEST');
  });

  it('escapes text and folds long lines at 75 octets, every line ending in CRLF', () => {
    const ics = interviewCalendar(event, 'REQUEST', now);
    expect(unfold(ics)).toContain('SUMMARY:Entrevista: su iniciativa de CSST\\, Academia');
    expect(unfold(ics)).toContain('DESCRIPTION:Enlace\\; línea dos\\nmás');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
