import { render } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import type { Language } from '@sstc/shared';
import { AppProviders } from '../app/providers.js';
import { AppRoutes } from '../app/routes.js';
import { setSignedInUser } from '../features/auth/hooks/use-auth-mutations.js';
import { createI18n } from '../lib/i18n.js';
import { createQueryClient } from '../lib/query-client.js';
import { resources } from '../locales/resources.js';

/** The whole app (providers, layout, routes) at one address, as main.tsx builds it but in memory. */
export function renderApp(path: string, { language = 'en' }: { language?: Language } = {}) {
  const { i18n } = createI18n(i18next, language, resources);
  const queryClient = createQueryClient((client) => setSignedInUser(client, null));
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n, queryClient };
}
