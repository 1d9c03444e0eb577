import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { loadSignInPage } from './app/routes.js';
import { currentUserQuery } from './features/auth/components/auth-provider.js';
import { setSignedInUser } from './features/auth/hooks/use-auth-mutations.js';
import { initialLanguage, loadI18n } from './lib/i18n.js';
import { createQueryClient } from './lib/query-client.js';
import './styles.css';

const i18nLoading = loadI18n(initialLanguage());
// Any call that finds the session gone (expired, signed out elsewhere) returns the app to sign-in.
const queryClient = createQueryClient((client) => setSignedInUser(client, null));
// Who is signed in is asked while the language's texts download, not after: one round trip less.
void queryClient.prefetchQuery(currentUserQuery);
void loadSignInPage();

void i18nLoading.then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  ),
);
