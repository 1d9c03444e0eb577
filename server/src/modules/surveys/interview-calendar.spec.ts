import { describe, expect, it } from '@jest/globals';
import { interviewCalendar } from './interview-calendar.js';

describe('interview calendar invitation', () => {
  const ics = interviewCalendar(
    {
      uid: 'abc@sstc-academy',
      sequence: 2,
      startsAt: new Date('2016-11-20T14:00:00Z'),
      durationMinutes: 45,
      summary: 'Entrevista: su iniciativa de CSST, Academia',
      description: 'Enlace; línea dos\nmás',
      url: 'https://meet.example.org/room-1',
      organizer: { name: 'Aminata Diallo', email: 'academy@example.org' },
      attendee: { name: 'María Fernández', email: 'maria@example.org' },
      language: 'es',
    },
    new Date('2016-11-01T10:00:00Z'),
  );

  it('is a REQUEST with UTC times, the end after the duration, and the sequence', () => {
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART:20161120T140000Z');
    expect(ics).toContain('DTEND:20161120T144500Z');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('UID:abc@sstc-academy');
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(ics).toContain('SUMMARY;LANGUAGE=es:Entrevista: su iniciativa de CSST\\, Academia');
    expect(ics).toContain('Enlace\\; línea dos\\nmás');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
