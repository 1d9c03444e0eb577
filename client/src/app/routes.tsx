import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from '../components/layout.js';
import { PublicOnly, RequireAuth, RequireRole } from './guards.js';
import { NotFoundPage } from './not-found.page.js';

// Every page is its own chunk, fetched when first opened. The sign-in page's is requested at start
// (main.tsx) beside the language's texts, so a signed-out visitor waits for no extra round trip,
// while a signed-in one never parses it.
export const loadSignInPage = () => import('../features/auth/components/sign-in.page.js');
const SignInPage = lazy(() => loadSignInPage().then((m) => ({ default: m.SignInPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/components/forgot-password.page.js').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/auth/components/reset-password.page.js').then((m) => ({ default: m.ResetPasswordPage })));
const AcceptInvitationPage = lazy(() =>
  import('../features/auth/components/accept-invitation.page.js').then((m) => ({ default: m.AcceptInvitationPage })),
);
const HomePage = lazy(() => import('../features/courses/components/home.page.js').then((m) => ({ default: m.HomePage })));
const EditionPage = lazy(() => import('../features/courses/components/edition.page.js').then((m) => ({ default: m.EditionPage })));
const ProfilePage = lazy(() => import('../features/profile/components/profile.page.js').then((m) => ({ default: m.ProfilePage })));
const NewEditionPage = lazy(() => import('../features/courses/components/edition-new.page.js').then((m) => ({ default: m.NewEditionPage })));
const EditionSettingsPage = lazy(() =>
  import('../features/courses/components/edition-settings.page.js').then((m) => ({ default: m.EditionSettingsPage })),
);
const EditionSendsPage = lazy(() => import('../features/courses/components/edition-sends.page.js').then((m) => ({ default: m.EditionSendsPage })));
const ProgrammeEditorPage = lazy(() =>
  import('../features/programme/components/programme-editor.page.js').then((m) => ({ default: m.ProgrammeEditorPage })),
);
const CohortsPage = lazy(() => import('../features/cohorts/components/cohorts.page.js').then((m) => ({ default: m.CohortsPage })));
const EnrolmentsPage = lazy(() => import('../features/enrolments/components/enrolments.page.js').then((m) => ({ default: m.EnrolmentsPage })));
const ImportPage = lazy(() => import('../features/enrolments/components/import.page.js').then((m) => ({ default: m.ImportPage })));
const ElectivesPage = lazy(() => import('../features/electives/components/electives.page.js').then((m) => ({ default: m.ElectivesPage })));
const AgendaPage = lazy(() => import('../features/agenda/components/agenda.page.js').then((m) => ({ default: m.AgendaPage })));
const DiscussionsLayout = lazy(() =>
  import('../features/discussions/components/discussions.layout.js').then((m) => ({ default: m.DiscussionsLayout })),
);
const DiscussionsPage = lazy(() => import('../features/discussions/components/discussions.page.js').then((m) => ({ default: m.DiscussionsPage })));
const RoomPage = lazy(() => import('../features/discussions/components/room.page.js').then((m) => ({ default: m.RoomPage })));
const ReportsPage = lazy(() => import('../features/discussions/components/reports.page.js').then((m) => ({ default: m.ReportsPage })));
const LearningPackagePage = lazy(() =>
  import('../features/learning/components/learning-package.page.js').then((m) => ({ default: m.LearningPackagePage })),
);
const UnitReaderPage = lazy(() => import('../features/learning/components/unit-reader.page.js').then((m) => ({ default: m.UnitReaderPage })));
const UnitEditorPage = lazy(() => import('../features/learning/components/unit-editor.page.js').then((m) => ({ default: m.UnitEditorPage })));
const ProgressDashboardPage = lazy(() =>
  import('../features/learning/components/progress-dashboard.page.js').then((m) => ({ default: m.ProgressDashboardPage })),
);
const LearningNeedsPage = lazy(() =>
  import('../features/learning/components/learning-needs.page.js').then((m) => ({ default: m.LearningNeedsPage })),
);
const SurveysHomePage = lazy(() => import('../features/surveys/components/surveys-home.page.js').then((m) => ({ default: m.SurveysHomePage })));
const SurveyEditorPage = lazy(() => import('../features/surveys/components/survey-editor.page.js').then((m) => ({ default: m.SurveyEditorPage })));
const SurveyResultsPage = lazy(() => import('../features/surveys/components/survey-results.page.js').then((m) => ({ default: m.SurveyResultsPage })));
const InterviewsPage = lazy(() => import('../features/surveys/components/interviews.page.js').then((m) => ({ default: m.InterviewsPage })));
const MyInterviewPage = lazy(() => import('../features/surveys/components/my-interview.page.js').then((m) => ({ default: m.MyInterviewPage })));
const SurveyResponsePage = lazy(() =>
  import('../features/surveys/components/survey-response.page.js').then((m) => ({ default: m.SurveyResponsePage })),
);
const PracticesPage = lazy(() => import('../features/practices/components/practices.page.js').then((m) => ({ default: m.PracticesPage })));
const PracticePage = lazy(() => import('../features/practices/components/practice.page.js').then((m) => ({ default: m.PracticePage })));
const PracticeEditorPage = lazy(() =>
  import('../features/practices/components/practice-editor.page.js').then((m) => ({ default: m.PracticeEditorPage })),
);
const PracticesWorkPage = lazy(() =>
  import('../features/practices/components/practices-work.page.js').then((m) => ({ default: m.PracticesWorkPage })),
);
const UsersPage = lazy(() => import('../features/users/components/users.page.js').then((m) => ({ default: m.UsersPage })));

/** Client routes; emailed links land on /invitation/<token> and /reset-password/<token>. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      { path: 'invitation/:token', element: <AcceptInvitationPage /> },
      // Emailed survey links: answered without signing in.
      { path: 's/:token', element: <SurveyResponsePage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'editions/:editionId', element: <EditionPage /> },
          { path: 'editions/:editionId/electives', element: <ElectivesPage /> },
          { path: 'editions/:editionId/agenda', element: <AgendaPage /> },
          { path: 'editions/:editionId/learning', element: <LearningPackagePage /> },
          { path: 'learning/units/:unitId', element: <UnitReaderPage /> },
          {
            element: <RequireRole role={['facilitator', 'organizer']} />,
            children: [
              { path: 'editions/:editionId/learning/new', element: <UnitEditorPage /> },
              { path: 'learning/units/:unitId/edit', element: <UnitEditorPage /> },
              { path: 'editions/:editionId/learning/progress', element: <ProgressDashboardPage /> },
              { path: 'editions/:editionId/learning/needs', element: <LearningNeedsPage /> },
            ],
          },
          { path: 'profile', element: <ProfilePage /> },
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
