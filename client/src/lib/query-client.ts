import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from './api.js';

/**
 * The app's query client. `onUnauthenticated` runs when any call finds the session gone (signed
 * out elsewhere, expired), so the app can return to the sign-in page.
 */
export function createQueryClient(onUnauthenticated: (client: QueryClient) => void = () => {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => isApiError(error, 'unauthenticated') && onUnauthenticated(client) }),
    mutationCache: new MutationCache({ onError: (error) => isApiError(error, 'unauthenticated') && onUnauthenticated(client) }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Data costs money on mobile networks: refresh on navigation, not on every tab switch.
        refetchOnWindowFocus: false,
        // Offline, a read still goes out once: the service worker answers it from what it kept
        // (client/src/sw/sw.ts). Only retries wait for the connection.
        networkMode: 'offlineFirst',
        // An answer from the server is final; only a lost connection or a 5xx is worth a retry.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
