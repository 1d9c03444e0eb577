import { describe, expect, it } from '@jest/globals';
import { passwordSchema } from '@sstc/shared';
import { isCommonPassword, refuseCommonPassword } from './password-policy.js';

describe('password policy', () => {
  it('refuses the 10,000 most common passwords, whatever their case', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('LeaveMeAlone')).toBe(true);
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(() => refuseCommonPassword('1qaz2wsx3edc', 'newPassword')).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('takes 12 to 128 characters of any script, counted as characters rather than UTF-16 units', () => {
    const problems = (value: string) => (passwordSchema.safeParse(value).error?.issues ?? []).map((issue) => issue.message);
    expect(problems('eleven char')).toEqual(['password_too_short']);
    expect(problems('twelve chars')).toEqual([]);
    expect(problems('🔑🔑🔑🔑🔑🔑')).toEqual(['password_too_short']);
    expect(problems('пароль пароль')).toEqual([]);
    expect(problems('密码'.repeat(64))).toEqual([]);
    expect(problems('😀'.repeat(128))).toEqual([]);
    expect(problems('x'.repeat(129))).toEqual(['password_too_long']);
  });
});
