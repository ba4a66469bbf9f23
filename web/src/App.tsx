import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AnnounceProvider } from './components/AnnounceProvider';
import { AppPrefixRedirect } from './components/AppPrefixRedirect';
import { DocumentTitle } from './components/DocumentTitle';
import { CrisisProvider } from './components/CrisisProvider';
import { Layout } from './components/Layout';
import { LiveProvider } from './components/LiveProvider';
import { Loading } from './components/Loading';
import { RequireAuth } from './components/RequireAuth';
import { SessionProvider } from './components/SessionProvider';
import { CalendarPage } from './pages/CalendarPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ChannelsPage } from './pages/ChannelsPage';
import { ChooseAccountPage } from './pages/ChooseAccountPage';
import { ComposerPage } from './pages/ComposerPage';
import { HomePage } from './pages/HomePage';
import { HomeSectionPage } from './pages/HomeSectionPage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PeoplePage } from './pages/PeoplePage';
import { PostDetailPage } from './pages/PostDetailPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';

// Pages few people open are loaded on demand.
const CrisisPage = lazy(() => import('./pages/CrisisPage').then((m) => ({ default: m.CrisisPage })));
const PrivacySettingsPage = lazy(() => import('./pages/PrivacySettingsPage').then((m) => ({ default: m.PrivacySettingsPage })));
const ChecklistSettingsPage = lazy(() => import('./pages/ChecklistSettingsPage').then((m) => ({ default: m.ChecklistSettingsPage })));
const ApprovalChainsPage = lazy(() => import('./pages/ApprovalChainsPage').then((m) => ({ default: m.ApprovalChainsPage })));
const DataRequestPage = lazy(() => import('./pages/DataRequestPage').then((m) => ({ default: m.DataRequestPage })));
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const ConsentPage = lazy(() => import('./pages/ConsentPage').then((m) => ({ default: m.ConsentPage })));
const ConsentPersonPage = lazy(() => import('./pages/ConsentPersonPage').then((m) => ({ default: m.ConsentPersonPage })));
const QueuesPage = lazy(() => import('./pages/QueuesPage').then((m) => ({ default: m.QueuesPage })));
const ListeningPage = lazy(() => import('./pages/ListeningPage').then((m) => ({ default: m.ListeningPage })));
const InboxPage = lazy(() => import('./pages/InboxPage').then((m) => ({ default: m.InboxPage })));
const InboxDutyPage = lazy(() => import('./pages/InboxDutyPage').then((m) => ({ default: m.InboxDutyPage })));
const InboxSettingsPage = lazy(() => import('./pages/InboxSettingsPage').then((m) => ({ default: m.InboxSettingsPage })));
const ResponseTimesPage = lazy(() => import('./pages/ResponseTimesPage').then((m) => ({ default: m.ResponseTimesPage })));
const MetricsPage = lazy(() => import('./pages/MetricsPage').then((m) => ({ default: m.MetricsPage })));
const SourcesPage = lazy(() => import('./pages/SourcesPage').then((m) => ({ default: m.SourcesPage })));
const QuickCampaignPage = lazy(() => import('./pages/QuickCampaignPage').then((m) => ({ default: m.QuickCampaignPage })));
const CampaignTemplatesPage = lazy(() => import('./pages/CampaignTemplatesPage').then((m) => ({ default: m.CampaignTemplatesPage })));
const ReadingPage = lazy(() => import('./pages/ReadingPage').then((m) => ({ default: m.ReadingPage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignPhasePage = lazy(() => import('./pages/CampaignPhasePage').then((m) => ({ default: m.CampaignPhasePage })));
const PlanCsvPage = lazy(() => import('./pages/PlanCsvPage').then((m) => ({ default: m.PlanCsvPage })));
const CampaignOverviewPage = lazy(() => import('./pages/CampaignOverviewPage').then((m) => ({ default: m.CampaignOverviewPage })));
const QaHoursPage = lazy(() => import('./pages/QaHoursPage').then((m) => ({ default: m.QaHoursPage })));
const QaHourPage = lazy(() => import('./pages/QaHourPage').then((m) => ({ default: m.QaHourPage })));
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export function App() {
  return (
    <BrowserRouter>
      <AnnounceProvider>
        <SessionProvider>
          <CrisisProvider>
            <LiveProvider>
              <DocumentTitle />
              <Routes>
                <Route element={<Layout />}>
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/reset" element={<ResetPasswordPage />} />
                  <Route path="/invite" element={<InvitationPage />} />
                  <Route path="/app/*" element={<AppPrefixRedirect />} />
                  <Route element={<RequireAuth />}>
                    <Route index element={<HomePage />} />
                    <Route path="/home" element={<Navigate to="/" replace />} />
                    <Route path="/home/:section" element={<HomeSectionPage />} />
                    <Route path="/calendar" element={<CalendarPage />} />
                    <Route path="/posts/new" element={<ComposerPage />} />
                    <Route path="/posts/:id" element={<PostDetailPage />} />
                    <Route path="/posts/:id/edit" element={<ComposerPage />} />
                    <Route path="/people" element={<PeoplePage />} />
                    <Route path="/account/password" element={<ChangePasswordPage />} />
                    <Route path="/channels" element={<ChannelsPage />} />
                    <Route path="/channels/choose" element={<ChooseAccountPage />} />
                    <Route path="/queues" element={later(<QueuesPage />)} />
                    <Route path="/plan" element={later(<PlanCsvPage />)} />
                    <Route path="/figures" element={later(<MetricsPage />)} />
                    <Route path="/settings/privacy" element={later(<PrivacySettingsPage />)} />
                    <Route path="/crisis" element={later(<CrisisPage />)} />
                    <Route path="/audit" element={later(<AuditPage />)} />
                    <Route path="/settings/checklist" element={later(<ChecklistSettingsPage />)} />
                    <Route path="/settings/approvals" element={later(<ApprovalChainsPage />)} />
                    <Route path="/privacy-request" element={later(<DataRequestPage />)} />
                    <Route path="/consent" element={later(<ConsentPage />)} />
                    <Route path="/consent/:id" element={later(<ConsentPersonPage />)} />
                    <Route path="/inbox" element={later(<InboxPage />)} />
                    <Route path="/listening" element={later(<ListeningPage />)} />
                    <Route path="/inbox/response-times" element={later(<ResponseTimesPage />)} />
                    <Route path="/inbox/settings" element={later(<InboxSettingsPage />)} />
                    <Route path="/inbox/settings/duty" element={later(<InboxDutyPage />)} />
                    <Route path="/inbox/:id" element={later(<InboxPage />)} />
                    <Route path="/qa" element={later(<QaHoursPage />)} />
                    <Route path="/qa/:id" element={later(<QaHourPage />)} />
                    <Route path="/sources" element={later(<SourcesPage />)} />
                    <Route path="/campaigns/quick" element={later(<QuickCampaignPage />)} />
                    <Route path="/campaigns/templates" element={later(<CampaignTemplatesPage />)} />
                    <Route path="/reading" element={later(<ReadingPage />)} />
                    <Route path="/campaigns" element={later(<CampaignsPage />)} />
                    <Route path="/campaigns/:id/preparation" element={later(<CampaignPhasePage key="preparation" phase="preparation" />)} />
                    <Route path="/campaigns/:id/execution" element={later(<CampaignPhasePage key="execution" phase="execution" />)} />
                    <Route path="/campaigns/:id/aftercare" element={later(<CampaignPhasePage key="aftercare" phase="aftercare" />)} />
                    <Route path="/campaigns/:id/overview" element={later(<CampaignOverviewPage />)} />
                    <Route path="/notifications" element={<NotificationsPage />} />
                    <Route path="/notifications/settings" element={<NotificationsPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Route>
              </Routes>
            </LiveProvider>
          </CrisisProvider>
        </SessionProvider>
      </AnnounceProvider>
    </BrowserRouter>
  );
}
