import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { fakeServer } from '../testing/fakeServer';
import { Bell } from './Bell';
import { renderPage } from '../testing/renderPage';

const NOTICE = {
  id: 41,
  kind: 'task-offered',
  title: 'Triage the complaint',
  caseLabel: 'HL-2026-000123',
  taskId: 't1',
  caseId: 'c1',
  created: '2026-11-30T09:00:00Z',
  read: false,
};

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderBell() {
  renderPage(
    <>
      <Bell />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { language: 'en', at: '/start' },
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the bell', () => {
  it('counts unread notices, lists them and opens a notice’s task, marking it read', async () => {
    const server = fakeServer({
      'GET /api/inbox/bell/unread': { status: 200, body: { count: 3, more: false } },
      'GET /api/inbox/bell?page=0&size=10': {
        status: 200,
        body: { items: [NOTICE], more: false, page: 0, size: 10, unread: { count: 3, more: false } },
      },
      'POST /api/inbox/bell/41/read': { status: 204 },
    });
    renderBell();
    const button = await screen.findByRole('button', { name: en['bell.label'].replace('{count}', '3') });
    fireEvent.click(button);
    const notice = await screen.findByRole('button', { name: `${en['bell.kind.task-offered']}: Triage the complaint` });
    fireEvent.click(notice);
    expect(await screen.findByText('/tasks/t1')).toBeTruthy();
    expect(server.calls.map((call) => call.key)).toContain('POST /api/inbox/bell/41/read');
  });

  it('says a count beyond its bound as 99+', async () => {
    fakeServer({ 'GET /api/inbox/bell/unread': { status: 200, body: { count: 99, more: true } } });
    renderBell();
    expect(await screen.findByText('99+')).toBeTruthy();
  });
});
