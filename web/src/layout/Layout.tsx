import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { onBusy } from '../api/client';
import { inboxKeys } from '../api/queries';
import { overseesOrganisations } from '../auth/oversight';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Bell } from '../inbox/Bell';

/** The frame of every page: who is signed in, where to go, the language switch. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { session, logout } = useSession();
  const signedIn = session?.authenticated === true;
  const busy = useBusy();
  const queries = useQueryClient();
  function switchLanguage() {
    setLanguage(language === 'lo' ? 'en' : 'lo');
    // the task list is sorted by task name as the reader sees it
    void queries.invalidateQueries({ queryKey: inboxKeys.tasks });
  }
  return (
    <>
      <header className="topbar">
        <NavLink to={signedIn ? '/tasks' : '/'} className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.main')} className="main-nav">
          {signedIn ? (
            <>
              <NavLink to="/tasks">{t('nav.tasks')}</NavLink>
              <NavLink to="/cases">{t('nav.cases')}</NavLink>
              <NavLink to="/start">{t('nav.start')}</NavLink>
              <NavLink to="/absence">{t('nav.absence')}</NavLink>
              {overseesOrganisations(session) && <NavLink to="/figures/hotline">{t('nav.figures')}</NavLink>}
              {overseesOrganisations(session) && <NavLink to="/failed-messages">{t('nav.failedMessages')}</NavLink>}
              {session.admin && <NavLink to="/admin/plugins">{t('nav.plugins')}</NavLink>}
              {session.admin && <NavLink to="/admin/deployments">{t('nav.deployments')}</NavLink>}
              {session.admin && <NavLink to="/admin/holidays">{t('nav.holidays')}</NavLink>}
            </>
          ) : (
            <>
              <NavLink to="/complaint">{t('nav.complaint')}</NavLink>
              <NavLink to="/track">{t('nav.track')}</NavLink>
              <NavLink to="/answers">{t('nav.answers')}</NavLink>
              <NavLink to="/verify">{t('nav.verify')}</NavLink>
              <NavLink to="/figures">{t('nav.publicFigures')}</NavLink>
            </>
          )}
        </nav>
        <div className="topbar-end">
          <button type="button" className="link" onClick={switchLanguage}>
            {t('nav.language')}
          </button>
          {signedIn ? (
            <>
              <Bell />
              <span className="user" title={session.id ?? ''}>
                {session.name}
              </span>
              <button type="button" className="link" onClick={() => void logout()}>
                {t('nav.logout')}
              </button>
            </>
          ) : (
            <NavLink to="/login">{t('nav.login')}</NavLink>
          )}
        </div>
      </header>
      {busy && (
        <p className="notice" role="status">
          {t('busy.retrying')}
        </p>
      )}
      <Suspense fallback={<p className="page">{t('common.loading')}</p>}>{children}</Suspense>
    </>
  );
}

/** True while some request waits to be retried because the engine said it was busy. */
function useBusy(): boolean {
  const [waiting, setWaiting] = useState(0);
  useEffect(() => onBusy((busy) => setWaiting((count) => Math.max(0, count + (busy ? 1 : -1)))), []);
  return waiting > 0;
}
