import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { iloRegionOf, type Role } from '@sstc/shared';
import { hashPassword } from '../../src/common/crypto/password.js';
import { User } from '../../src/modules/users/user.entity.js';
import type { TestApp } from '../setup/test-app.js';
import type { ApiClient } from '../setup/api-client.js';

export const TEST_PASSWORD = 'a-long-test-password';

/** An active account, made through the repository (invitations are exercised by the auth tests). */
export async function createUser(dataSource: DataSource, overrides: Partial<User> & { role: Role }): Promise<User> {
  const country = overrides.country ?? 'BR';
  return dataSource.getRepository(User).save({
    email: `${overrides.role}-${randomBytes(4).toString('hex')}@test.example.org`,
    name: `Test ${overrides.role}`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    country,
    iloRegion: iloRegionOf(country),
    organisation: 'Test organisation',
    constituencyGroup: 'government',
    language: 'en',
    timeZone: 'UTC',
    activatedAt: new Date(),
    ...overrides,
  });
}

/** A signed-in client for a new account of the given role. */
export async function signedIn(testApp: TestApp, role: Role, overrides: Partial<User> = {}): Promise<{ user: User; client: ApiClient }> {
  const user = await createUser(testApp.dataSource, { role, ...overrides });
  const client = testApp.client(user.language);
  const response = await client.post('/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { user, client };
}
