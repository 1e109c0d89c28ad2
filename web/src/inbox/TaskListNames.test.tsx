import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../api/queries';
import { SessionProvider } from '../auth/session';
import { I18nProvider, type Language } from '../i18n/i18n';
import TaskListPage from './TaskListPage';

const ROW = {
  id: 't1',
  name: 'ຄັດແຍກຄຳຮ້ອງທຸກ',
  taskKey: 'triageComplaint',
  processKey: 'hotline-1516',
  processName: 'ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ (Hotline 1516 complaint)',
  processInstanceId: 'p1',
  caseTitle: null,
  trackingNumber: '1516-2026-000042',
  assignee: null,
  assigneeName: null,
  created: '2026-11-30T08:30:00Z',
  due: null,
  candidateGroups: ['opm-hotline-triage'],
};

/** The inbox API with one task waiting; every other call answers empty. */
function serveOneTask() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      const body = path.startsWith('/api/inbox/tasks?')
        ? { items: [ROW], more: false, page: 0, size: 20, serverTime: '2026-11-30T09:00:00Z' }
        : path.startsWith('/api/auth/session')
          ? { authenticated: true, id: 'vilayvanh.opm', name: 'ວິໄລວັນ', groups: [], admin: false }
          : [];
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

function renderList(language: Language) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider language={language}>
        <MemoryRouter initialEntries={['/tasks']}>
          <SessionProvider>
            <TaskListPage />
          </SessionProvider>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the task list', () => {
  it('names each task in English by its key, with no Lao', async () => {
    serveOneTask();
    renderList('en');
    const title = await screen.findByRole('link', { name: 'Triage the complaint' });
    expect(title.closest('li')?.textContent ?? '').not.toMatch(/[\u0E80-\u0EFF]/);
  });

  it('names each task in Lao as its model does', async () => {
    serveOneTask();
    renderList('lo');
    expect(await screen.findByRole('link', { name: 'ຄັດແຍກຄຳຮ້ອງທຸກ' })).toBeTruthy();
  });
});
