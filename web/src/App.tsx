import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AnnounceProvider } from './components/AnnounceProvider';
import { AppPrefixRedirect } from './components/AppPrefixRedirect';
import { DocumentTitle } from './components/DocumentTitle';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { SessionProvider } from './components/SessionProvider';
import { CalendarPage } from './pages/CalendarPage';
import { ChannelsPage } from './pages/ChannelsPage';
import { ComposerPage } from './pages/ComposerPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { PostDetailPage } from './pages/PostDetailPage';

export function App() {
  return (
    <BrowserRouter>
      <AnnounceProvider>
        <SessionProvider>
          <DocumentTitle />
          <Routes>
            <Route element={<Layout />}>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/app/*" element={<AppPrefixRedirect />} />
              <Route element={<RequireAuth />}>
                <Route index element={<Navigate to="/calendar" replace />} />
                <Route path="/calendar" element={<CalendarPage />} />
                <Route path="/posts/new" element={<ComposerPage />} />
                <Route path="/posts/:id" element={<PostDetailPage />} />
                <Route path="/posts/:id/edit" element={<ComposerPage />} />
                <Route path="/people" element={<PeoplePage />} />
                <Route path="/channels" element={<ChannelsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </SessionProvider>
      </AnnounceProvider>
    </BrowserRouter>
  );
}
