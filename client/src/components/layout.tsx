import { Suspense, useRef } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../features/auth/hooks/use-auth.js';
import { useSignOut } from '../features/auth/hooks/use-auth-mutations.js';
import { NotificationsBadge } from '../features/notifications/components/notifications-badge.js';
import { SurveysNavLink } from '../features/surveys/components/surveys-nav-link.js';
import { ErrorBoundary } from './error-boundary.js';
import { LanguageSwitcher } from './language-switcher.js';
import { OfflineBanner } from './offline-banner.js';
import { UpdatePrompt } from './update-prompt.js';
import { Loading } from './loading.js';
import { useFocusMainHeading } from './use-focus-main-heading.js';

/** Every page's frame: skip link, header (navigation, language, account), main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusMainHeading(main);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('skip_to_content')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            {t('app_name')}
          </Link>
          {user && (
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.courses')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/discussions">{t('nav.discussions')}</NavLink>
                </li>
                <li>
                  <NavLink to="/practices">{t('nav.practices')}</NavLink>
                </li>
                <li>
                  <SurveysNavLink />
                </li>
                {user.role === 'organizer' && (
                  <li>
                    <NavLink to="/users">{t('nav.users')}</NavLink>
                  </li>
                )}
                <li>
                  <NotificationsBadge />
                </li>
                <li>
                  <NavLink to="/profile">{t('nav.profile')}</NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="header-tools">
            <LanguageSwitcher />
            {user && <AccountMenu name={user.name} />}
          </div>
        </div>
      </header>
      <UpdatePrompt />
      <OfflineBanner />
      <main id="main" ref={main} tabIndex={-1} className="container main">
        {/* Keyed by page, so leaving a failed page clears its error. */}
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer')}</p>
        </div>
      </footer>
    </>
  );
}

function AccountMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="account" role="group" aria-label={t('account.label')}>
      <span className="account-name" data-testid="current-user">
        {name}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => !signOut.isPending && signOut.mutate()}
      >
        {t('account.sign_out')}
      </button>
    </div>
  );
}
