import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { query } from '../api/client';
import { type Language } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import { filterFromParams } from './filters';
import TaskListPage from './TaskListPage';
import { renderPage } from '../testing/renderPage';

const SESSION = { authenticated: true, id: 'nalinh.bokeo', name: 'ນາລິນ', groups: [], admin: false };

function tasksPath(params: string) {
  return `GET /api/inbox/tasks${query({ ...filterFromParams(new URLSearchParams(params)) })}`;
}

function task(id: string, name: string) {
  return {
    id,
    name,
    processKey: 'hotline-1516',
    processName: null,
    processInstanceId: `case-${id}`,
    caseTitle: null,
    trackingNumber: null,
    assignee: null,
    assigneeName: null,
    created: '2026-11-30T08:00:00Z',
    due: null,
    candidateGroups: [],
  };
}

function page(...items: ReturnType<typeof task>[]) {
  return { items, more: false, page: 0, size: 20, serverTime: '2026-11-30T09:00:00Z' };
}

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

function renderList(language: Language = 'lo') {
  renderPage(<TaskListPage />, { language, at: '/tasks', signedIn: true });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('task list', () => {
  it('shows the tasks, and keeps them on screen while another scope loads', async () => {
    let answerMine: (() => void) | undefined;
    const mine = new Promise<void>((resolve) => {
      answerMine = resolve;
    });
    fakeServer({
      'GET /api/auth/session': { status: 200, body: SESSION },
      'GET /engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc': { status: 200, body: [] },
      [tasksPath('')]: { status: 200, body: page(task('t1', 'ກວດສອບຄຳຮ້ອງ')) },
      [tasksPath('scope=mine')]: { status: 200, body: page(task('t2', 'ຕອບຄຳຮ້ອງ')) },
    });
    const fetch = vi.mocked(globalThis.fetch);
    const answer = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (path, init) => {
      if (String(path).includes('scope=mine')) await mine;
      return answer(path as string, init);
    });
    renderList();

    expect(await screen.findByText('ກວດສອບຄຳຮ້ອງ')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: lo['tasks.scope.mine'] })));
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([path]) => `GET ${String(path)}`)).toContain(tasksPath('scope=mine')),
    );
    expect(screen.getByText('ກວດສອບຄຳຮ້ອງ')).toBeTruthy();

    answerMine!();
    expect(await screen.findByText('ຕອບຄຳຮ້ອງ')).toBeTruthy();
    expect(screen.queryByText('ກວດສອບຄຳຮ້ອງ')).toBeNull();
  });

  it("says in Lao what went wrong, with the server's reference", async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: SESSION },
      [tasksPath('')]: {
        status: 500,
        body: problem(
          500,
          'internal-error',
          'Something went wrong on our side. Please quote reference 1a2b3c4d to the help desk.',
        ),
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderList();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(lo['error.internal-error'].replace('{reference}', '1a2b3c4d'));
  });
});

describe("the task list in the reader's language", () => {
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
