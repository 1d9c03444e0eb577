import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useAuth } from '../features/auth/hooks/use-auth.js';

/** How long a page may take to show its heading before focus stays on `main`. */
const HEADING_WAIT_MS = 10_000;

/**
 * Starts keyboard and screen-reader users at the new page's main heading after they follow a link
 * or sign in (not on the first load or a redirect, where focus stays at the top, before the skip
 * link). Pages load their chunk and data first: `main` takes focus at once, and its `h1` as soon as
 * it shows, unless the reader has moved focus meanwhile.
 */
export function useFocusMainHeading(main: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const { user } = useAuth();
  const signedIn = !!user;
  const wasSignedIn = useRef<boolean | undefined>(user === undefined ? undefined : signedIn);
  // Set on sign-in, used by the redirect that follows it (to where the person was going).
  const afterSignIn = useRef(false);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    if (user === undefined) return;
    // Signed out a moment ago, signed in now: the sign-in form and its focus are about to go.
    if (wasSignedIn.current === false && signedIn) afterSignIn.current = true;
    wasSignedIn.current = signedIn;
  }, [user, signedIn]);

  useEffect(() => {
    if (navigationType !== 'PUSH' && !afterSignIn.current) return;
    afterSignIn.current = false;
    setRequest((count) => count + 1);
  }, [location.pathname, navigationType]);

  useEffect(() => {
    const container = main.current;
    if (request === 0 || !container) return;
    return focusHeadingOf(container);
  }, [request, main]);
}

function focusHeadingOf(main: HTMLElement): () => void {
  const focus = (element: HTMLElement) => {
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  };
  const heading = main.querySelector('h1');
  if (heading) {
    focus(heading);
    return () => undefined;
  }
  main.focus();
  const observer = new MutationObserver(() => {
    const shown = main.querySelector('h1');
    if (!shown) return;
    stop();
    const active = document.activeElement;
    if (active === main || active === document.body || active === null) focus(shown);
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
