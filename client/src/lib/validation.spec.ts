import { describe, expect, it } from '@jest/globals';
import * as shared from '@sstc/shared';
import { ApiError, fieldProblemsOf } from './api.js';
import { checkForm, passwordsDiffer, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './validation.js';

describe('form checks', () => {
  it('states the same password lengths as the contracts', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([shared.PASSWORD_MIN_LENGTH, shared.PASSWORD_MAX_LENGTH]);
    expect(shared.passwordSchema.safeParse('x'.repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
    expect(shared.passwordSchema.safeParse('x'.repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
  });

  it('reports empty required fields and differing passwords together, as the server would', () => {
    const values = { email: '', password: 'one-password', confirmPassword: 'another-one' };
    const error = (() => {
      try {
        checkForm({ values, missing: ['email'] }, [passwordsDiffer(values)]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation_failed');
    expect(fieldProblemsOf(error)).toEqual({ email: 'required', confirmPassword: 'passwords_differ' });
  });

  it('passes complete values through', () => {
    const values = { password: 'same-password', confirmPassword: 'same-password' };
    expect(checkForm({ values, missing: [] }, [passwordsDiffer(values)])).toBe(values);
  });
});
