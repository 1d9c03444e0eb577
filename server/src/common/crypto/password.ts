import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 64;

/** The key derivation, behind an object so that tests can see each call and its parameters. */
export const kdf = {
  scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
    return new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
  },
};

/**
 * Hashes with scrypt (memory-hard). The cost is stored with the hash, so raising
 * PASSWORD_HASH_COST later keeps old hashes verifiable. 2^17 is OWASP's recommendation.
 */
export async function hashPassword(password: string, logCost = configuredCost()): Promise<string> {
  const salt = randomBytes(16);
  const options = optionsFor(logCost, 8, 1);
  const key = await kdf.scrypt(password, salt, options);
  return ['scrypt', logCost, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, logCost, r, p, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) {
    // No password (an unknown email, an invitation not yet accepted): the same work as a real check,
    // at the cost new hashes get, so response times do not reveal which emails have an account.
    await kdf.scrypt(password, randomBytes(16), optionsFor(configuredCost(), 8, 1));
    return false;
  }
  const expected = Buffer.from(hash, 'base64');
  const key = await kdf.scrypt(password, Buffer.from(salt, 'base64'), optionsFor(Number(logCost), Number(r), Number(p)));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

function configuredCost(): number {
  return Number(process.env.PASSWORD_HASH_COST ?? 17);
}

function optionsFor(logCost: number, r: number, p: number): ScryptOptions {
  const N = 2 ** logCost;
  return { N, r, p, maxmem: 256 * N * r };
}
