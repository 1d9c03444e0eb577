import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateRange, formatDuration, formatTimeRange, sameClock, timeZoneName } from './format.js';

describe('format', () => {
  it('formats calendar dates as they are, whatever the reader’s time zone', () => {
    // 2016-07-11 must never become the 10th west of Greenwich.
    expect(formatDate('2016-07-11', 'en')).toBe('July 11, 2016');
    expect(formatDate('2016-07-11', 'fr')).toBe('11 juillet 2016');
    expect(formatDateRange('2016-07-11', '2016-07-15', 'es')).toContain('11');
    expect(formatDateRange('2016-07-11', '2016-07-15', 'es')).toContain('15');
  });

  it('shows a session in the time zone asked for', () => {
    const saoPaulo = formatTimeRange('2016-07-11T07:00:00Z', '2016-07-11T08:30:00Z', 'pt', 'America/Sao_Paulo');
    const rome = formatTimeRange('2016-07-11T07:00:00Z', '2016-07-11T08:30:00Z', 'pt', 'Europe/Rome');
    expect(saoPaulo).toContain('04:00');
    expect(rome).toContain('09:00');
  });

  it('knows when two time zones show the same clock', () => {
    expect(sameClock('2016-07-11T07:00:00Z', 'Europe/Rome', 'Europe/Paris')).toBe(true);
    expect(sameClock('2016-07-11T07:00:00Z', 'Europe/Rome', 'Africa/Dakar')).toBe(false);
    // Rome and Lagos share an offset in winter only.
    expect(sameClock('2016-01-11T07:00:00Z', 'Europe/Rome', 'Africa/Lagos')).toBe(true);
    expect(sameClock('2016-07-11T07:00:00Z', 'Europe/Rome', 'Africa/Lagos')).toBe(false);
  });

  it('names time zones in the reader’s language', () => {
    expect(timeZoneName('Europe/Rome', 'en')).not.toBe(timeZoneName('Europe/Rome', 'fr'));
  });

  it('says mute durations in words, in the largest whole unit', () => {
    expect([10, 60, 1440, 10080].map((minutes) => formatDuration(minutes, 'en'))).toEqual(['10 minutes', '1 hour', '1 day', '1 week']);
    expect(formatDuration(1440, 'fr').replace(/\s/g, ' ')).toBe('1 jour');
    expect(formatDuration(10080, 'es')).toBe('1 semana');
    expect(formatDuration(2880, 'pt')).toBe('2 dias');
  });
});
