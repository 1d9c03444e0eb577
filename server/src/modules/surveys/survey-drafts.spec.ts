import { describe, expect, it } from '@jest/globals';
import { openDraft, sealDraft } from './survey-drafts.js';

describe('survey drafts', () => {
  it('opens a draft only with the link it was saved with', () => {
    const sealed = sealDraft('token-one', { q1: 'yes', q2: [`a`, 'b'], q3: 4 });
    expect(openDraft('token-one', sealed)).toEqual({ q1: 'yes', q2: ['a', 'b'], q3: 4 });
    expect(openDraft('token-two', sealed)).toBeNull();
    expect(sealed.toString('utf8')).not.toContain('yes');
  });
});
