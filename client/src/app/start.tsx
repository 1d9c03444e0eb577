import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { App } from './app.js';
import { startSessionCheck } from '../features/auth/components/auth-provider.js';
import { setSignedInUser } from '../features/auth/hooks/use-auth-mutations.js';
import { flushPendingProgressWhenOnline } from '../features/learning/api/pending-progress.js';
import { loadAllTexts } from '../lib/i18n.js';
import { createQueryClient } from '../lib/query-client.js';

/**
 * The app's code proper (React, the router, the query client, the layout), started by main.tsx once
 * it is here: renders when the language's texts and the first screen's chunk are here too.
 */
export function startApp(i18nLoading: Promise<I18n>, firstScreen: Promise<unknown>): void {
  // Any call that finds the session gone (expired, signed out elsewhere) returns the app to sign-in.
  const queryClient = createQueryClient((client) => setSignedInUser(client, null));
  // Who is signed in is asked while the language's texts download, not after: one round trip less.
  startSessionCheck(queryClient);

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
      void import('./service-worker.js').then(({ startServiceWorker }) => startServiceWorker());
      flushPendingProgressWhenOnline();
    });
  });
}

function afterFirstPaint(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}
