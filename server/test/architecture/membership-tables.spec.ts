import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { literals, MODULES_DIR, typeScriptFiles } from './sources.js';

// The membership owner (modules/enrolments, membership.sql.ts and MembershipService) alone reads
// these tables; the features that ask who belongs where compose its fragments instead.
const MEMBERSHIP_TABLES = /(?<![\w$./-])(enrolments|elective_choices|cohort_facilitators|programme_item_facilitators)(?![\w$/-])/;
const ASKING_FEATURES = ['discussions', 'learning', 'surveys'];

describe('the membership owner', () => {
  it.each(ASKING_FEATURES)('is the only reader of the membership tables: no SQL text of %s names them', (feature) => {
    const offending = typeScriptFiles(path.join(MODULES_DIR, feature)).flatMap((file) =>
      literals(file).flatMap((literal) =>
        literal.text
          .split('\n')
          .flatMap((text, index) =>
            MEMBERSHIP_TABLES.test(text) ? [`${path.relative(MODULES_DIR, file)}:${literal.line + index}: ${text.trim()}`] : [],
          ),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('finds a membership table in SQL text, and not in an import path or a property name', () => {
    expect(MEMBERSHIP_TABLES.test('SELECT 1 FROM enrolments e')).toBe(true);
    expect(MEMBERSHIP_TABLES.test('JOIN cohort_facilitators f ON')).toBe(true);
    expect(MEMBERSHIP_TABLES.test('(SELECT x FROM elective_choices)')).toBe(true);
    expect(MEMBERSHIP_TABLES.test('../enrolments/membership.sql.js')).toBe(false);
    expect(MEMBERSHIP_TABLES.test('this.enrolments.withdrawn')).toBe(false);
    expect(MEMBERSHIP_TABLES.test('editions/:editionId/enrolments')).toBe(false);
  });
});
