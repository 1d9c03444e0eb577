import { describe, expect, it } from '@jest/globals';
import { passwordSchema } from '@sstc/shared';
import { ApiError, fieldProblemsOf } from './api.js';
import { checkForm, passwordsDiffer, PASSWORD_MIN_LENGTH } from './validation.js';

describe('form checks', () => {
  it('states the same minimum password length as the contracts', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(passwordSchema.minLength);
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
