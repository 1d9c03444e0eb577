import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Answers } from '@sstc/shared';

// A draft is encrypted with a key derived from the link's token. The server stores only the
// token's SHA-256 (a different derivation), so without the link nobody, not even someone with the
// database, can read a draft, which matters for anonymous surveys.

function keyOf(token: string): Buffer {
  return createHash('sha256').update(`sstc-survey-draft\0${token}`).digest();
}

export function sealDraft(token: string, answers: Answers): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(answers), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openDraft(token: string, sealed: Buffer | null): Answers | null {
  if (!sealed || sealed.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(token), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')) as Answers;
  } catch {
    return null;
  }
}
