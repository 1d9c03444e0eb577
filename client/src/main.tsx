import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { loadSignInPage } from './app/routes.js';
import { maybeSignedIn, startSessionCheck } from './features/auth/components/auth-provider.js';
import { setSignedInUser } from './features/auth/hooks/use-auth-mutations.js';
import { flushPendingProgressWhenOnline } from './features/learning/api/pending-progress.js';
import { initialLanguage, loadAllTexts, loadI18n } from './lib/i18n.js';
import { reloadOnChunkFailure } from './lib/chunk-reload.js';
import { createQueryClient } from './lib/query-client.js';
import './styles.css';

const i18nLoading = loadI18n(initialLanguage());
// Any call that finds the session gone (expired, signed out elsewhere) returns the app to sign-in.
const queryClient = createQueryClient((client) => setSignedInUser(client, null));
// Who is signed in is asked while the language's texts download, not after: one round trip less.
startSessionCheck(queryClient);
// Nobody signed in: the first screen is the sign-in form, rendered once its chunk is here too.
const firstScreen = maybeSignedIn() ? undefined : loadSignInPage().catch(() => undefined);

reloadOnChunkFailure();

void Promise.all([i18nLoading, firstScreen]).then(([i18n]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  );
  // After the first page: the rest of the language's texts (the next page needs them), the service
  // worker (offline reading, updates) and progress made offline that is still waiting to be sent.
  // Once the browser is idle, so that none of it competes with painting the first screen.
  afterFirstPaint(() => {
    void loadAllTexts();
    void import('./app/service-worker.js').then(({ startServiceWorker }) => startServiceWorker());
    flushPendingProgressWhenOnline();
  });
});

function afterFirstPaint(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}
