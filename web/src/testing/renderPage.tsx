import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes, type InitialEntry } from 'react-router';
import { SessionProvider } from '../auth/session';
import { I18nProvider, type Language } from '../i18n/i18n';
import { WithQueries } from './queries';

/** How a page under test is mounted: the reader's language, where the browser is, who is signed in. */
export interface PageSetup {
  language?: Language;
  /** The address the router starts at; without it the page is mounted outside a router. */
  at?: InitialEntry;
  /** The route patterns that show the page (its path parameters come from `at`). */
  routes?: string[];
  /** Mount the signed-in session around the page, as the inbox app does. */
  signedIn?: boolean;
}

/**
 * Renders a page the way the app mounts it — its own query cache, the language, a router and the
 * session as asked — so each test states only what differs. A `rerender` keeps the same providers.
 */
export function renderPage(page: ReactElement, { language = 'lo', at, routes, signedIn = false }: PageSetup = {}) {
  function Providers({ children }: { children: ReactNode }) {
    const inSession = signedIn ? <SessionProvider>{children}</SessionProvider> : children;
    return (
      <WithQueries>
        <I18nProvider language={language}>
          {at === undefined ? inSession : <MemoryRouter initialEntries={[at]}>{inSession}</MemoryRouter>}
        </I18nProvider>
      </WithQueries>
    );
  }
  const routed = routes ? (
    <Routes>
      {routes.map((path) => (
        <Route key={path} path={path} element={page} />
      ))}
    </Routes>
  ) : (
    page
  );
  return render(routed, { wrapper: Providers });
}
