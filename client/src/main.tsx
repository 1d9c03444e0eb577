import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { setSignedInUser } from './features/auth/hooks/use-auth-mutations.js';
import { createI18n, initialLanguage } from './lib/i18n.js';
import { createQueryClient } from './lib/query-client.js';
import './styles.css';

const i18n = createI18n(initialLanguage());
// Any call that finds the session gone (expired, signed out elsewhere) returns the app to sign-in.
const queryClient = createQueryClient((client) => setSignedInUser(client, null));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} queryClient={queryClient} />
  </StrictMode>,
);
