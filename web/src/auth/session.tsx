import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { csrfToken, onUnauthorized, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** Who is signed in (GET /api/auth/session); nobody: `authenticated` false, no id and no name. */
export type Session = WithNulls<Schemas['SessionView'], 'id' | 'name'>;

const ANONYMOUS: Session = { authenticated: false, id: null, name: null, groups: [], admin: false };

interface SessionState {
  session: Session | null;
  /** The server forgot this user (401) while they were working. */
  expired: boolean;
  login: (username: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The login page's address that brings the user back to where they were. */
export function loginPath(returnTo: string, expired = false): string {
  const search = new URLSearchParams({ next: returnTo });
  if (expired) search.set('expired', '1');
  return `/login?${search.toString()}`;
}

/** Only same-site paths are followed after login: never an address on another site. */
export function safeReturnPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/tasks';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);
  const navigate = useNavigate();

  // Not a cached query: the session is this provider's own state (sign-in, sign-out and expiry
  // write it), and the cache is wiped whenever the signed-in person changes.
  useEffect(() => {
    // A sign-in may finish before this first answer arrives: never let it overwrite that.
    request<Session>('/api/auth/session').then(
      (found) => setSession((current) => current ?? found),
      () => setSession((current) => current ?? ANONYMOUS),
    );
  }, []);

  useEffect(() => {
    // RequireLogin then sends the user to the login page, with the way back to where they were.
    onUnauthorized(() => {
      setExpired(true);
      setSession(ANONYMOUS);
    });
    return () => onUnauthorized(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    if (!csrfToken()) await request<Session>('/api/auth/session'); // sets the CSRF cookie
    const signedIn = await request<Session>('/api/auth/login', { json: { username, password } });
    setExpired(false);
    setSession(signedIn);
    return signedIn;
  }, []);

  const logout = useCallback(async () => {
    try {
      await request('/api/auth/logout', { method: 'POST' });
    } finally {
      setSession(ANONYMOUS);
      navigate('/login', { replace: true });
    }
  }, [navigate]);

  const value = useMemo(() => ({ session, expired, login, logout }), [session, expired, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** Shows its children to a signed-in user (an admin, when asked); sends others to login. */
export function RequireLogin({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const { session, expired } = useSession();
  const location = useLocation();
  if (session === null) return null;
  if (!session.authenticated) return <Navigate to={loginPath(location.pathname + location.search, expired)} replace />;
  if (admin && !session.admin) return <Navigate to="/tasks" replace />;
  return <>{children}</>;
}
