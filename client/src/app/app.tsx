import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './providers.js';
import { AppRoutes } from './routes.js';

interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
}

export function App({ i18n, queryClient }: AppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient} realtime>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
