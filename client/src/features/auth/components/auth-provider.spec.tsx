import { afterEach, describe, expect, it } from '@jest/globals';
import { waitFor } from '@testing-library/react';
import { SIGNED_IN_HINT_COOKIE } from '@sstc/shared/values';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { createQueryClient } from '../../../lib/query-client.js';
import { CURRENT_USER_KEY } from '../hooks/use-auth.js';
import { startSessionCheck } from './auth-provider.js';
import { maybeSignedIn } from '../signed-in-hint.js';

function clearHint(): void {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/`;
}

describe('the session check before the first screen', () => {
  afterEach(clearHint);

  it('knows at once that nobody is signed in when the hint is missing, and still asks the server', async () => {
    const user = aUser({ name: 'Signed in before the hint existed' });
    const server = installFakeServer({ 'GET /api/auth/me': { status: 200, body: user } });
    const client = createQueryClient(() => undefined);

    startSessionCheck(client);

    expect(client.getQueryData(CURRENT_USER_KEY)).toBeNull();
    await waitFor(() => expect(client.getQueryData(CURRENT_USER_KEY)).toEqual(user));
    expect(server.requestsTo('GET /api/auth/me')).toHaveLength(1);
  });

  it('waits for the server when the hint says a session may exist, and forgets the hint when it has ended', async () => {
    document.cookie = `${SIGNED_IN_HINT_COOKIE}=1; Path=/`;
    expect(maybeSignedIn()).toBe(true);
    installFakeServer({ 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) });
    const client = createQueryClient(() => undefined);

    startSessionCheck(client);

    expect(client.getQueryData(CURRENT_USER_KEY)).toBeUndefined();
    await waitFor(() => expect(client.getQueryData(CURRENT_USER_KEY)).toBeNull());
    expect(maybeSignedIn()).toBe(false);
  });
});
