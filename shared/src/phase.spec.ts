import { describe, expect, it } from '@jest/globals';
import { addMonths, dateIn, phaseOn, zonedTime } from './phase.js';

const dates = { preLearningOpens: '2016-02-01', faceToFaceStart: '2016-07-11', faceToFaceEnd: '2016-07-15', postLearningCloses: null };

describe('phaseOn', () => {
  it.each([
    ['2016-01-31', 'upcoming'],
    ['2016-02-01', 'pre_learning'],
    ['2016-07-10', 'pre_learning'],
    ['2016-07-11', 'face_to_face'],
    ['2016-07-15', 'face_to_face'],
    ['2016-07-16', 'post_learning'],
    ['2026-11-22', 'post_learning'],
  ])('on %s the 2016 edition is in %s', (day, phase) => {
    expect(phaseOn(dates, day)).toBe(phase);
  });

  it('closes the day after post-learning closes', () => {
    expect(phaseOn({ ...dates, postLearningCloses: '2016-12-31' }, '2017-01-01')).toBe('closed');
  });
});

describe('zonedTime', () => {
  it('converts Turin summer time to UTC', () => {
    expect(zonedTime('2016-07-11', '09:00', 'Europe/Rome').toISOString()).toBe('2016-07-11T07:00:00.000Z');
  });

  it('converts Turin winter time to UTC', () => {
    expect(zonedTime('2016-01-11', '09:00', 'Europe/Rome').toISOString()).toBe('2016-01-11T08:00:00.000Z');
  });
});

describe('addMonths', () => {
  it('keeps the day when the month has it and clamps it otherwise', () => {
    expect(addMonths('2016-07-15', 4)).toBe('2016-11-15');
    expect(addMonths('2016-10-31', 4)).toBe('2017-02-28');
  });
});

describe('dateIn', () => {
  it('gives each time zone its own day, called again and again (formatters are kept per zone)', () => {
    const at = new Date('2027-01-10T23:30:00Z');
    for (let round = 0; round < 3; round++) {
      expect(dateIn('Asia/Tokyo', at)).toBe('2027-01-11');
      expect(dateIn('America/Los_Angeles', at)).toBe('2027-01-10');
      expect(dateIn('Europe/Rome', at)).toBe('2027-01-11');
      expect(zonedTime('2027-01-11', '09:00', 'Europe/Rome').toISOString()).toBe('2027-01-11T08:00:00.000Z');
      expect(zonedTime('2027-01-11', '09:00', 'America/Sao_Paulo').toISOString()).toBe('2027-01-11T12:00:00.000Z');
    }
  });
});
