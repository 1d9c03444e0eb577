import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nProvider } from '../lib/use-translation.js';
import { AuthProvider } from '../features/auth/components/auth-provider.js';
import { RealtimeProvider } from './realtime-provider.js';

interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  /** Open the websocket when signed in (off in component tests, which have no server). */
  realtime?: boolean;
  children: ReactNode;
}

export function AppProviders({ i18n, queryClient, realtime = false, children }: AppProvidersProps) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>{realtime ? <RealtimeProvider>{children}</RealtimeProvider> : children}</AuthProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
