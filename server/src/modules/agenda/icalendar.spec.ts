import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from './icalendar.js';

describe('agenda calendar', () => {
  const longTitle = `Panel 1: ${'é🌍'.repeat(30)}`;
  const calendar = buildCalendar({
    name: 'Académie CSST – mon agenda',
    now: new Date('2016-06-01T10:00:00Z'),
    events: [
      {
        uid: 'session-1@sstc-academy',
        start: new Date('2016-07-11T07:00:00Z'),
        end: new Date('2016-07-11T08:30:00Z'),
        summary: longTitle,
        location: 'Plenary hall, ITC-ILO campus, Turin',
        description: 'Line one; with, punctuation\\and a backslash\nLine two',
        status: 'TENTATIVE',
        categories: ['SSTC Academy, 2016'],
      },
      {
        uid: 'session-2@sstc-academy',
        start: new Date('2016-07-11T09:00:00Z'),
        end: new Date('2016-07-11T10:30:00Z'),
        summary: 'Module 2',
      },
    ],
  });
  const lines = calendar.split('\r\n');
  const unfolded = calendar.replace(/\r\n /g, '').split('\r\n');

  it('ends every line with CRLF and publishes the events in one calendar that refreshes', () => {
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ILO SSTC Academy//Agenda//EN\r\n')).toBe(true);
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines).toEqual(
      expect.arrayContaining(['METHOD:PUBLISH', 'X-WR-CALNAME:Académie CSST – mon agenda', 'REFRESH-INTERVAL;VALUE=DURATION:PT6H']),
    );
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('writes times in UTC with a stamp and a UID per session', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:session-1@sstc-academy',
        'DTSTAMP:20160601T100000Z',
        'DTSTART:20160711T070000Z',
        'DTEND:20160711T083000Z',
        'STATUS:TENTATIVE',
        'UID:session-2@sstc-academy',
        'STATUS:CONFIRMED',
      ]),
    );
  });

  it('escapes text values', () => {
    expect(unfolded).toContain('LOCATION:Plenary hall\\, ITC-ILO campus\\, Turin');
    expect(unfolded).toContain('DESCRIPTION:Line one\\; with\\, punctuation\\\\and a backslash\\nLine two');
    expect(unfolded).toContain('CATEGORIES:SSTC Academy\\, 2016');
  });

  it('folds lines at 75 octets without cutting a character in two, and unfolds to the original', () => {
    const folded = lines.filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(0);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(lines.some((line) => loneSurrogate.test(line))).toBe(false);
    expect(unfolded).toContain(`SUMMARY:${longTitle}`);
  });
});
