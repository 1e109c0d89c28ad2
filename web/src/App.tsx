import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, useEffect, useRef, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import LoginPage from './auth/LoginPage';
import { createQueryClient } from './api/queries';
import { RequireLogin, SessionProvider, useSession } from './auth/session';
import { I18nProvider } from './i18n/i18n';
import TaskListPage from './inbox/TaskListPage';
import { Layout } from './layout/Layout';

// Everything but the login and the task list loads on demand: the first screen stays light.
const TaskPage = lazy(() => import('./inbox/TaskPage'));
const StartCasePage = lazy(() => import('./cases/StartCasePage'));
const ReceiptPage = lazy(() => import('./cases/ReceiptPage'));
const PluginsPage = lazy(() => import('./admin/PluginsPage'));
const DeploymentsPage = lazy(() => import('./admin/DeploymentsPage'));
const HolidaysPage = lazy(() => import('./admin/HolidaysPage'));
const ComplaintPage = lazy(() => import('./public/ComplaintPage'));
const TrackPage = lazy(() => import('./public/TrackPage'));
const AnswersPage = lazy(() => import('./public/AnswersPage'));
const VerifyPage = lazy(() => import('./public/VerifyPage'));
const AbsencePage = lazy(() => import('./absence/AbsencePage'));
// the dashboard's charts come with its own chunk, never on the first screen
const DashboardPage = lazy(() => import('./figures/DashboardPage'));
const PublicFiguresPage = lazy(() => import('./figures/PublicFiguresPage'));
const MyCasesPage = lazy(() => import('./mycases/MyCasesPage'));
const CasePage = lazy(() => import('./mycases/CasePage'));
const CasePrintPage = lazy(() => import('./mycases/CasePrintPage'));
const FailedMessagesPage = lazy(() => import('./messages/FailedMessagesPage'));

function Home() {
  const { session } = useSession();
  if (session === null) return null;
  return <Navigate to={session.authenticated ? '/tasks' : '/complaint'} replace />;
}

/** What one person's session loaded is forgotten when another (or nobody) is signed in. */
function ForgetOnSignOut({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const client = useQueryClient();
  const user = session?.authenticated ? session.id : null;
  const shown = useRef(user);
  useEffect(() => {
    if (shown.current !== user) client.clear();
    shown.current = user;
  }, [user, client]);
  return children;
}

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/tasks"
          element={
            <RequireLogin>
              <TaskListPage />
            </RequireLogin>
          }
        />
        <Route
          path="/tasks/:taskId"
          element={
            <RequireLogin>
              <TaskPage />
            </RequireLogin>
          }
        />
        <Route
          path="/start"
          element={
            <RequireLogin>
              <StartCasePage />
            </RequireLogin>
          }
        />
        <Route
          path="/start/:processKey"
          element={
            <RequireLogin>
              <StartCasePage />
            </RequireLogin>
          }
        />
        <Route
          path="/receipt/:processInstanceId"
          element={
            <RequireLogin>
              <ReceiptPage />
            </RequireLogin>
          }
        />
        <Route
          path="/cases"
          element={
            <RequireLogin>
              <MyCasesPage />
            </RequireLogin>
          }
        />
        <Route
          path="/cases/:caseId"
          element={
            <RequireLogin>
              <CasePage />
            </RequireLogin>
          }
        />
        <Route
          path="/failed-messages"
          element={
            <RequireLogin>
              <FailedMessagesPage />
            </RequireLogin>
          }
        />
        <Route
          path="/cases/:caseId/print"
          element={
            <RequireLogin>
              <CasePrintPage />
            </RequireLogin>
          }
        />
        <Route
          path="/absence"
          element={
            <RequireLogin>
              <AbsencePage />
            </RequireLogin>
          }
        />
        <Route
          path="/figures/hotline"
          element={
            <RequireLogin>
              <DashboardPage />
            </RequireLogin>
          }
        />
        <Route
          path="/admin/plugins"
          element={
            <RequireLogin admin>
              <PluginsPage />
            </RequireLogin>
          }
        />
        <Route
          path="/admin/deployments"
          element={
            <RequireLogin admin>
              <DeploymentsPage />
            </RequireLogin>
          }
        />
        <Route
          path="/admin/holidays"
          element={
            <RequireLogin admin>
              <HolidaysPage />
            </RequireLogin>
          }
        />
        <Route path="/complaint" element={<ComplaintPage />} />
        <Route path="/track" element={<TrackPage />} />
        <Route path="/track/:trackingNumber" element={<TrackPage />} />
        <Route path="/answers" element={<AnswersPage />} />
        <Route path="/figures" element={<PublicFiguresPage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/verify/:code" element={<VerifyPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Layout>
  );
}

const queryClient = createQueryClient();

export default function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <SessionProvider>
            <ForgetOnSignOut>
              <AppRoutes />
            </ForgetOnSignOut>
          </SessionProvider>
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
