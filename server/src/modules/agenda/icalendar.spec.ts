import { describe, expect, it } from '@jest/globals';
import { buildCalendar, escapeText, fold, utc } from './icalendar.js';

describe('iCalendar writer', () => {
  const calendar = buildCalendar({
    name: 'Académie CSST – mon agenda',
    now: new Date('2016-06-01T10:00:00Z'),
    events: [
      {
        uid: 'session-1@sstc-academy',
        start: new Date('2016-07-11T07:00:00Z'),
        end: new Date('2016-07-11T08:30:00Z'),
        summary: 'Panel 1: Objectifs de développement durable et CSST',
        location: 'Plenary hall, ITC-ILO campus, Turin',
        description: 'Line one; with, punctuation\\and a backslash\nLine two',
        status: 'TENTATIVE',
      },
    ],
  });
  const lines = calendar.split('\r\n');

  it('ends every line with CRLF and wraps the events in a calendar', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ILO SSTC Academy//Agenda//EN']);
  });

  it('writes times in UTC with a stamp and a UID per session', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:session-1@sstc-academy',
        'DTSTAMP:20160601T100000Z',
        'DTSTART:20160711T070000Z',
        'DTEND:20160711T083000Z',
        'STATUS:TENTATIVE',
      ]),
    );
    expect(utc(new Date('2016-07-15T23:59:59.999Z'))).toBe('20160715T235959Z');
  });

  it('escapes text values', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(lines).toContain('LOCATION:Plenary hall\\, ITC-ILO campus\\, Turin');
  });

  it('folds lines at 75 octets without cutting a character in two, and unfolds to the original', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(fold('SHORT:line')).toBe('SHORT:line');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
  });
});
