import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { request } from '../api/client';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import LoginPage from './LoginPage';
import { RequireLogin, SessionProvider } from './session';

const ANONYMOUS = { authenticated: false, id: null, name: null, groups: [], admin: false };
const NALINH = {
  authenticated: true,
  id: 'nalinh.bokeo',
  name: 'ນາລິນ ຈັນທະວົງ',
  groups: ['bokeo-hotline-verifiers'],
  admin: false,
};

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

/** A page that asks the inbox API for something as soon as it shows. */
function Working() {
  useEffect(() => {
    request('/api/inbox/tasks').catch(() => undefined);
  }, []);
  return <p>working</p>;
}

function renderAt(path: string) {
  return render(
    <I18nProvider language="lo">
      <MemoryRouter initialEntries={[path]}>
        <SessionProvider>
          <Routes>
            <Route
              path="/login"
              element={
                <>
                  <LoginPage />
                  <Where />
                </>
              }
            />
            <Route path="/tasks" element={<p>task list</p>} />
            <Route
              path="/work"
              element={
                <>
                  <RequireLogin>
                    <Working />
                  </RequireLogin>
                  <Where />
                </>
              }
            />
            <Route
              path="/tasks/:id"
              element={
                <>
                  <RequireLogin>
                    <p>task page</p>
                  </RequireLogin>
                  <Where />
                </>
              }
            />
          </Routes>
        </SessionProvider>
      </MemoryRouter>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('login', () => {
  it('sends a signed-out user to login with the way back', async () => {
    fakeServer({ 'GET /api/auth/session': { status: 200, body: ANONYMOUS } });
    renderAt('/tasks/42?x=1');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/login?next=%2Ftasks%2F42%3Fx%3D1'));
  });

  it('says so in Lao when the password is wrong', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: ANONYMOUS },
      'POST /api/auth/login': { status: 401, body: problem(401, 'unauthenticated', 'Wrong user name or password') },
    });
    renderAt('/login');
    fireEvent.change(await screen.findByLabelText(lo['login.username']), { target: { value: 'nalinh.bokeo' } });
    fireEvent.change(screen.getByLabelText(lo['login.password']), { target: { value: 'wrong' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['login.submit'] })));
    expect((await screen.findByRole('alert')).textContent).toBe(lo['login.failed']);
  });

  it('returns to the page asked for after signing in', async () => {
    const server = fakeServer({
      'GET /api/auth/session': { status: 200, body: ANONYMOUS },
      'POST /api/auth/login': { status: 200, body: NALINH },
    });
    renderAt('/login?next=%2Ftasks%2F42');
    fireEvent.change(await screen.findByLabelText(lo['login.username']), { target: { value: ' nalinh.bokeo ' } });
    fireEvent.change(screen.getByLabelText(lo['login.password']), { target: { value: 'demo' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['login.submit'] })));
    expect(await screen.findByText('task page')).toBeTruthy();
    const login = server.calls.find((c) => c.key === 'POST /api/auth/login');
    expect(JSON.parse(String(login?.init.body))).toEqual({ username: 'nalinh.bokeo', password: 'demo' });
  });

  it('never follows a way back to another site', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: ANONYMOUS },
      'POST /api/auth/login': { status: 200, body: NALINH },
    });
    renderAt('/login?next=%2F%2Fevil.example%2F');
    fireEvent.change(await screen.findByLabelText(lo['login.username']), { target: { value: 'nalinh.bokeo' } });
    fireEvent.change(screen.getByLabelText(lo['login.password']), { target: { value: 'demo' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['login.submit'] })));
    expect(await screen.findByText('task list')).toBeTruthy();
    expect(screen.queryByText('task page')).toBeNull();
  });
});

describe('a slow first session answer', () => {
  it('does not undo a sign-in that finished before it', async () => {
    let answerFirstCall: (() => void) | undefined;
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        const json = (body: unknown) =>
          new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
        if (path === '/api/auth/login') return json(NALINH);
        calls += 1;
        if (calls === 1)
          return new Promise<Response>((resolve) => {
            answerFirstCall = () => resolve(json(ANONYMOUS));
          });
        return json(ANONYMOUS);
      }),
    );
    renderAt('/login?next=%2Ftasks%2F7');
    fireEvent.change(await screen.findByLabelText(lo['login.username']), { target: { value: 'nalinh.bokeo' } });
    fireEvent.change(screen.getByLabelText(lo['login.password']), { target: { value: 'demo' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['login.submit'] })));
    expect(await screen.findByText('task page')).toBeTruthy();
    await act(async () => answerFirstCall?.());
    expect(screen.getByText('task page')).toBeTruthy();
  });
});

describe('an expired session', () => {
  it('returns to login, says why, and keeps the way back', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: NALINH },
      'GET /api/inbox/tasks': { status: 401, body: problem(401, 'unauthenticated', 'Please sign in') },
    });
    renderAt('/work?scope=groups');
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/login?next=%2Fwork%3Fscope%3Dgroups&expired=1'),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(lo['login.expired']);
  });
});
