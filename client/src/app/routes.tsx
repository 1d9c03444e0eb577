import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from '../components/layout.js';
import { PublicOnly, RequireAuth, RequireRole } from './guards.js';
import { NotFoundPage } from './not-found.page.js';
import { loadAllTexts } from '../lib/i18n.js';
import { loadSignInPage, loadedSignInPage } from './sign-in-page-loader.js';
import { editionsQuery } from '../features/courses/api/courses.api.js';
import { homeQuery } from '../features/home/api/home.api.js';

// Every page is its own chunk, fetched when first opened (the sign-in page's: app/sign-in-page-loader.ts).
const LazySignInPage = lazy(() => loadSignInPage().then((page) => ({ default: page })));

/**
 * Loaded before the first render (main.tsx waits for it when nobody is signed in), the form shows in
 * that render: a lazy page would first commit its fallback, and React holds a revealed Suspense
 * boundary back for 300 ms.
 */
function SignInPage() {
  const Page = loadedSignInPage ?? LazySignInPage;
  return <Page />;
}

/** A page's chunk and the rest of the language's texts (lib/i18n.ts), fetched side by side. */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadAllTexts()]);
    return { default: pick(module) };
  });
}

const ForgotPasswordPage = page(
  () => import('../features/auth/components/forgot-password.page.js'),
  (m) => m.ForgotPasswordPage,
);
const ResetPasswordPage = page(
  () => import('../features/auth/components/reset-password.page.js'),
  (m) => m.ResetPasswordPage,
);
const AcceptInvitationPage = page(
  () => import('../features/auth/components/accept-invitation.page.js'),
  (m) => m.AcceptInvitationPage,
);
const loadHomePage = () => import('../features/courses/components/home.page.js');
const HomePage = page(loadHomePage, (m) => m.HomePage);

/**
 * Right after signing in to the home page: its code, its editions and its next steps are asked for
 * together, instead of the data once the page has loaded and rendered (a round trip saved).
 */
function prefetchHome(client: QueryClient, to: string): void {
  if (to !== '/') return;
  void loadHomePage();
  void client.prefetchQuery(editionsQuery);
  void client.prefetchQuery(homeQuery);
}
const EditionPage = page(
  () => import('../features/courses/components/edition.page.js'),
  (m) => m.EditionPage,
);
const ProfilePage = page(
  () => import('../features/profile/components/profile.page.js'),
  (m) => m.ProfilePage,
);
const NewEditionPage = page(
  () => import('../features/courses/components/edition-new.page.js'),
  (m) => m.NewEditionPage,
);
const EditionSettingsPage = page(
  () => import('../features/courses/components/edition-settings.page.js'),
  (m) => m.EditionSettingsPage,
);
const EditionSendsPage = page(
  () => import('../features/courses/components/edition-sends.page.js'),
  (m) => m.EditionSendsPage,
);
const ProgrammeEditorPage = page(
  () => import('../features/programme/components/programme-editor.page.js'),
  (m) => m.ProgrammeEditorPage,
);
const CohortsPage = page(
  () => import('../features/cohorts/components/cohorts.page.js'),
  (m) => m.CohortsPage,
);
const EnrolmentsPage = page(
  () => import('../features/enrolments/components/enrolments.page.js'),
  (m) => m.EnrolmentsPage,
);
const ImportPage = page(
  () => import('../features/enrolments/components/import.page.js'),
  (m) => m.ImportPage,
);
const ElectivesPage = page(
  () => import('../features/electives/components/electives.page.js'),
  (m) => m.ElectivesPage,
);
const AgendaPage = page(
  () => import('../features/agenda/components/agenda.page.js'),
  (m) => m.AgendaPage,
);
const DiscussionsLayout = page(
  () => import('../features/discussions/components/discussions.layout.js'),
  (m) => m.DiscussionsLayout,
);
const DiscussionsPage = page(
  () => import('../features/discussions/components/discussions.page.js'),
  (m) => m.DiscussionsPage,
);
const RoomPage = page(
  () => import('../features/discussions/components/room.page.js'),
  (m) => m.RoomPage,
);
const ReportsPage = page(
  () => import('../features/discussions/components/reports.page.js'),
  (m) => m.ReportsPage,
);
const PostLearningPage = page(
  () => import('../features/coaching/components/post-learning.page.js'),
  (m) => m.PostLearningPage,
);
const LearningPackagePage = page(
  () => import('../features/learning/components/learning-package.page.js'),
  (m) => m.LearningPackagePage,
);
const UnitReaderPage = page(
  () => import('../features/learning/components/unit-reader.page.js'),
  (m) => m.UnitReaderPage,
);
const UnitEditorPage = page(
  () => import('../features/learning/components/unit-editor.page.js'),
  (m) => m.UnitEditorPage,
);
const ProgressDashboardPage = page(
  () => import('../features/learning/components/progress-dashboard.page.js'),
  (m) => m.ProgressDashboardPage,
);
const LearningNeedsPage = page(
  () => import('../features/learning/components/learning-needs.page.js'),
  (m) => m.LearningNeedsPage,
);
const SurveysHomePage = page(
  () => import('../features/surveys/components/surveys-home.page.js'),
  (m) => m.SurveysHomePage,
);
const SurveyEditorPage = page(
  () => import('../features/surveys/components/survey-editor.page.js'),
  (m) => m.SurveyEditorPage,
);
const SurveyResultsPage = page(
  () => import('../features/surveys/components/survey-results.page.js'),
  (m) => m.SurveyResultsPage,
);
const InterviewsPage = page(
  () => import('../features/surveys/components/interviews.page.js'),
  (m) => m.InterviewsPage,
);
const MyInterviewPage = page(
  () => import('../features/surveys/components/my-interview.page.js'),
  (m) => m.MyInterviewPage,
);
const SurveyResponsePage = page(
  () => import('../features/surveys/components/survey-response.page.js'),
  (m) => m.SurveyResponsePage,
);
const UsersPage = page(
  () => import('../features/users/components/users.page.js'),
  (m) => m.UsersPage,
);
const PracticesPage = page(
  () => import('../features/practices/components/practices.page.js'),
  (m) => m.PracticesPage,
);
const PracticePage = page(
  () => import('../features/practices/components/practice.page.js'),
  (m) => m.PracticePage,
);
const PracticeEditorPage = page(
  () => import('../features/practices/components/practice-editor.page.js'),
  (m) => m.PracticeEditorPage,
);
const PracticesWorkPage = page(
  () => import('../features/practices/components/practices-work.page.js'),
  (m) => m.PracticesWorkPage,
);
const NotificationsPage = page(
  () => import('../features/notifications/components/notifications.page.js'),
  (m) => m.NotificationsPage,
);
const NotificationSettingsPage = page(
  () => import('../features/notifications/components/notification-settings.page.js'),
  (m) => m.NotificationSettingsPage,
);
const UnsubscribePage = page(
  () => import('../features/notifications/components/unsubscribe.page.js'),
  (m) => m.UnsubscribePage,
);
const CertificatesPage = page(
  () => import('../features/certificates/components/certificates.page.js'),
  (m) => m.CertificatesPage,
);
const AttendancePage = page(
  () => import('../features/certificates/components/attendance.page.js'),
  (m) => m.AttendancePage,
);
const VerifyCertificatePage = page(
  () => import('../features/certificates/components/verify-certificate.page.js'),
  (m) => m.VerifyCertificatePage,
);

/** Client routes; emailed links land on /invitation/<token> and /reset-password/<token>. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        element: <PublicOnly onSignedIn={prefetchHome} />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      { path: 'invitation/:token', element: <AcceptInvitationPage /> },
      // Emailed survey links: answered without signing in.
      { path: 's/:token', element: <SurveyResponsePage /> },
      // Emailed unsubscribe links (signed): no sign-in needed.
      { path: 'unsubscribe/:token', element: <UnsubscribePage /> },
      // The address printed on certificates: checked by anyone, signed in or not.
      { path: 'verify/:code?', element: <VerifyCertificatePage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'editions/:editionId', element: <EditionPage /> },
          { path: 'editions/:editionId/electives', element: <ElectivesPage /> },
          { path: 'editions/:editionId/agenda', element: <AgendaPage /> },
          { path: 'editions/:editionId/learning', element: <LearningPackagePage /> },
          { path: 'editions/:editionId/post-learning', element: <PostLearningPage /> },
          { path: 'learning/units/:unitId', element: <UnitReaderPage /> },
          {
            element: <RequireRole role={['facilitator', 'organizer']} />,
            children: [
              { path: 'editions/:editionId/learning/new', element: <UnitEditorPage /> },
              { path: 'learning/units/:unitId/edit', element: <UnitEditorPage /> },
              { path: 'editions/:editionId/learning/progress', element: <ProgressDashboardPage /> },
              { path: 'editions/:editionId/learning/needs', element: <LearningNeedsPage /> },
              { path: 'editions/:editionId/attendance', element: <AttendancePage /> },
            ],
          },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'notifications/settings', element: <NotificationSettingsPage /> },
          { path: 'surveys', element: <SurveysHomePage /> },
          { path: 'surveys/:surveyId/results', element: <SurveyResultsPage /> },
          { path: 'surveys/:surveyId/interviews', element: <InterviewsPage /> },
          { path: 'interviews/:interviewId', element: <MyInterviewPage /> },
          { path: 'practices', element: <PracticesPage /> },
          { path: 'practices/new', element: <PracticeEditorPage /> },
          { path: 'practices/work', element: <PracticesWorkPage /> },
          { path: 'practices/:practiceId', element: <PracticePage /> },
          { path: 'practices/:practiceId/edit', element: <PracticeEditorPage /> },
          {
            element: <RequireRole role="organizer" />,
            children: [
              { path: 'users', element: <UsersPage /> },
              { path: 'surveys/:surveyId', element: <SurveyEditorPage /> },
              { path: 'editions/new', element: <NewEditionPage /> },
              { path: 'editions/:editionId/settings', element: <EditionSettingsPage /> },
              { path: 'editions/:editionId/sends', element: <EditionSendsPage /> },
              { path: 'editions/:editionId/programme', element: <ProgrammeEditorPage /> },
              { path: 'editions/:editionId/cohorts', element: <CohortsPage /> },
              { path: 'editions/:editionId/enrolments', element: <EnrolmentsPage /> },
              { path: 'editions/:editionId/import', element: <ImportPage /> },
              { path: 'editions/:editionId/certificates', element: <CertificatesPage /> },
            ],
          },
          {
            path: 'discussions',
            element: <DiscussionsLayout />,
            children: [
              { index: true, element: <DiscussionsPage /> },
              { path: 'rooms/:roomId', element: <RoomPage /> },
              { path: 'reports', element: <ReportsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes, rendered inside whichever router the caller provides (the browser's in main.tsx, a
 * memory router in tests). Declarative routing: the data router's extra weight buys nothing here.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
