import type { ComponentType } from 'react';

/** The sign-in page once its chunk is here, for a first render without a loading state. */
export let loadedSignInPage: ComponentType | undefined;

/**
 * The sign-in page's chunk. Requested at start (main.tsx) when nobody is signed in, beside the
 * language's texts and the app's code, so a signed-out visitor waits for no extra round trip, while
 * a signed-in one never downloads it. Kept apart from routes.tsx, which the start must not wait for.
 */
export const loadSignInPage = () => import('../features/auth/components/sign-in.page.js').then((m) => (loadedSignInPage = m.SignInPage));
