import { loadSignInPage } from './app/sign-in-page-loader.js';
import { maybeSignedIn } from './features/auth/signed-in-hint.js';
import { initialLanguage, loadI18n } from './lib/i18n.js';
import { reloadOnChunkFailure } from './lib/chunk-reload.js';
import './styles.css';

// A small entry: everything the first screen needs is requested at once. The app's code (app/start,
// preloaded by index.html: see client/vite.config.ts) downloads beside i18next, the language's first
// texts and, when nobody is signed in, the sign-in form's chunk, instead of those waiting for it.
reloadOnChunkFailure();
const i18nLoading = loadI18n(initialLanguage());
const firstScreen = maybeSignedIn() ? Promise.resolve() : loadSignInPage().catch(() => undefined);
void import('./app/start.js').then(({ startApp }) => startApp(i18nLoading, firstScreen));
