import { describe, expect, it } from '@jest/globals';
import { editionDateProblems, editionTextProblems, withDateDefaults } from './courses.js';
import { electiveWindow, programmeItemProblems, translationStatus } from './programme.js';

describe('edition dates', () => {
  it('fills the Academy defaults from the face-to-face week', () => {
    expect(withDateDefaults({ faceToFaceStart: '2016-07-11', faceToFaceEnd: '2016-07-15' })).toEqual({
      faceToFaceStart: '2016-07-11',
      faceToFaceEnd: '2016-07-15',
      preLearningOpens: '2016-06-21',
      preLearningCloses: '2016-07-10',
      postLearningOpens: '2016-07-16',
      postLearningCloses: null,
      electiveDeadline: '2016-07-04',
      impactAssessmentOn: '2016-11-15',
    });
  });

  it('accepts the 2016 Academy and names each date out of order', () => {
    const academy = withDateDefaults({
      faceToFaceStart: '2016-07-11',
      faceToFaceEnd: '2016-07-15',
      preLearningOpens: '2016-02-01',
      preLearningCloses: '2016-05-31',
      electiveDeadline: '2016-06-30',
    });
    expect(editionDateProblems(academy)).toEqual([]);
    expect(
      editionDateProblems({
        ...academy,
        faceToFaceEnd: '2016-07-10',
        preLearningCloses: '2016-01-01',
        electiveDeadline: '2016-07-11',
        postLearningOpens: '2016-07-09',
        postLearningCloses: '2016-07-01',
        impactAssessmentOn: '2016-07-01',
      }),
    ).toEqual([
      { path: 'faceToFaceEnd', code: 'end_before_start' },
      { path: 'preLearningCloses', code: 'end_before_start' },
      { path: 'postLearningOpens', code: 'not_after_face_to_face' },
      { path: 'postLearningCloses', code: 'end_before_start' },
      { path: 'electiveDeadline', code: 'not_before_face_to_face' },
      { path: 'impactAssessmentOn', code: 'not_after_face_to_face' },
    ]);
    expect(editionDateProblems({ ...academy, electiveDeadline: '2016-01-15' })).toEqual([{ path: 'electiveDeadline', code: 'before_pre_learning' }]);
  });

  it('wants the title and the venue in an offered default language', () => {
    expect(editionTextProblems({ title: { fr: 'Académie' }, venue: { fr: 'Turin', en: ' ' }, defaultLanguage: 'en', languages: ['fr'] })).toEqual([
      { path: 'defaultLanguage', code: 'default_language_not_offered' },
      { path: 'title.en', code: 'default_translation_required' },
      { path: 'venue.en', code: 'default_translation_required' },
    ]);
  });
});

describe('programme rules', () => {
  const edition = { defaultLanguage: 'en' as const, timeZone: 'Europe/Rome', faceToFaceStart: '2016-07-11', faceToFaceEnd: '2016-07-15' };

  it('places sessions in the week by the edition time zone', () => {
    // 23:30 UTC on 15 July is already 16 July in Turin.
    const late = { startsAt: '2016-07-15T22:30:00Z', endsAt: '2016-07-15T23:30:00Z', room: {}, format: 'fishbowl' as const };
    expect(programmeItemProblems('panel', { title: { en: 'P' }, block: null, capacity: null, sessions: [late] }, edition)).toEqual([
      { path: 'sessions.0.startsAt', code: 'session_outside_week' },
    ]);
  });

  it('opens the elective window with pre-learning and closes it after the deadline day, in the edition time zone', () => {
    const dates = { timeZone: 'Europe/Rome', preLearningOpens: '2016-02-01', electiveDeadline: '2016-06-30' };
    expect(electiveWindow(dates, new Date('2016-01-31T22:59:00Z')).state).toBe('not_open');
    expect(electiveWindow(dates, new Date('2016-01-31T23:00:00Z')).state).toBe('open');
    expect(electiveWindow(dates, new Date('2016-06-30T21:59:00Z')).state).toBe('open');
    expect(electiveWindow(dates, new Date('2016-06-30T22:00:00Z')).state).toBe('closed');
  });

  it('counts missing translations among the edition languages, ignoring texts that are empty everywhere', () => {
    const status = translationStatus({ title: { en: 'Academy', fr: 'Académie' }, languages: ['en', 'fr', 'es'] }, [
      { id: 'a', kind: 'panel', number: 1, title: { en: 'Panel' }, description: {} },
      { id: 'b', kind: 'elective_module', number: 2, title: { en: 'M', es: 'M', fr: 'M' }, description: { en: 'About' } },
    ]);
    expect(status.edition).toEqual(['es']);
    expect(status.items).toEqual([
      { id: 'a', kind: 'panel', number: 1, title: ['fr', 'es'], description: [], rooms: [] },
      { id: 'b', kind: 'elective_module', number: 2, title: [], description: ['fr', 'es'], rooms: [] },
    ]);
    expect(status.missing).toEqual({ en: 0, es: 3, fr: 2, pt: 0 });
  });

  it('counts the venue and the named rooms of sessions among the texts to translate', () => {
    const status = translationStatus({ title: { en: 'Academy', fr: 'Académie' }, venue: { en: 'Turin' }, languages: ['en', 'fr'] }, [
      {
        id: 'a',
        kind: 'panel',
        number: 1,
        title: { en: 'Panel', fr: 'Panel' },
        description: {},
        sessions: [{ room: { en: 'Plenary hall' } }, { room: {} }, { room: { en: 'Room B', fr: 'Salle B' } }],
      },
    ]);
    expect(status.venue).toEqual(['fr']);
    expect(status.items).toEqual([{ id: 'a', kind: 'panel', number: 1, title: [], description: [], rooms: ['fr'] }]);
    expect(status.missing).toEqual({ en: 0, es: 0, fr: 2, pt: 0 });
  });
});
