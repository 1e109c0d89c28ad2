import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { type Language } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { FIRST_TASK_LIST, TRIAGE_SESSION, triageRow } from '../testing/inboxRows';
import TaskListPage from './TaskListPage';
import { renderPage } from '../testing/renderPage';

const ROWS = [triageRow('t1', 'ນ້ຳປະປາບໍ່ໄຫຼ'), triageRow('t2', 'ໄຟຟ້າດັບ'), triageRow('t3', 'ທາງເປັນຂຸມ')];

function serve(bulkBodies: unknown[], completable: { processKey: string; taskKey: string }[] = []) {
  return fakeServer({
    'GET /api/inbox/tasks/bulk-completable': { status: 200, body: completable },
    'GET /api/auth/session': { status: 200, body: TRIAGE_SESSION },
    'GET /engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc': { status: 200, body: [] },
    [FIRST_TASK_LIST]: {
      status: 200,
      body: { items: ROWS, more: false, page: 0, size: 20, serverTime: '2026-11-30T09:00:00Z' },
    },
    'GET /api/inbox/tasks/t1/colleagues': { status: 200, body: [] },
    'POST /api/inbox/tasks/bulk': (init) => {
      bulkBodies.push(JSON.parse(String(init.body)));
      return {
        status: 200,
        body: {
          action: 'claim',
          // the fake answers every action alike
          outcomes: [
            { taskId: 't1', outcome: 'done', code: null, message: null },
            { taskId: 't2', outcome: 'conflict', code: 'task-claimed-by-other', message: 'Someone else…' },
            { taskId: 't3', outcome: 'refused', code: 'forbidden', message: 'You are not allowed…' },
          ],
        },
      };
    },
  });
}

function renderList(language: Language) {
  renderPage(<TaskListPage />, { language, at: '/tasks', signedIn: true });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('bulk work on the task list', () => {
  it('claims every task of the page at once and says in Lao what became of each', async () => {
    const sent: unknown[] = [];
    serve(sent);
    renderList('lo');
    expect(await screen.findByText('ໄຟຟ້າດັບ')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: lo['tasks.selectAll'] })));
    expect(screen.getByText(lo['tasks.bulk.selected'].replace('{count}', '3'))).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['tasks.bulk.claim'] })));

    const summary = await screen.findByText(
      [
        lo['tasks.bulk.done'].replace('{count}', '1'),
        lo['tasks.bulk.conflict'].replace('{count}', '1'),
        lo['tasks.bulk.refused'].replace('{count}', '1'),
      ].join(' · '),
    );
    expect(sent).toEqual([{ action: 'claim', taskIds: ['t1', 't2', 't3'] }]);
    const outcomes = summary.closest('[role="status"]')!;
    expect(outcomes.querySelector('[data-task-id="t2"]')?.textContent).toBe(
      `ໄຟຟ້າດັບ: ${lo['error.task-claimed-by-other']}`,
    );
    expect(outcomes.querySelector('[data-task-id="t3"]')?.textContent).toBe(`ທາງເປັນຂຸມ: ${lo['error.forbidden']}`);
    expect(outcomes.querySelector('[data-task-id="t1"]')).toBeNull();
  });

  it('acts on the chosen tasks only, and says the outcome in English', async () => {
    const sent: unknown[] = [];
    serve(sent);
    renderList('en');
    await screen.findByText('ໄຟຟ້າດັບ');
    const boxes = screen.getAllByRole('checkbox', { name: en['tasks.select'] });
    await act(async () => fireEvent.click(boxes[0]!));
    await act(async () => fireEvent.click(boxes[2]!));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: en['tasks.bulk.claim'] })));

    expect(await screen.findByText(/1 task done · 1 task was taken or finished by someone else first/)).toBeTruthy();
    expect(sent).toEqual([{ action: 'claim', taskIds: ['t1', 't3'] }]);
  });

  it('completes tasks with one answer only where the model allows it, and only once confirmed', async () => {
    const sent: unknown[] = [];
    serve(sent, [{ processKey: 'hotline-1516', taskKey: 'triageComplaint' }]);
    renderList('en');
    await screen.findByText('ໄຟຟ້າດັບ');
    // the rows of this list have no task key: not the task the model allows
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: en['tasks.selectAll'] })));
    expect(screen.queryByRole('button', { name: en['tasks.bulk.complete'] })).toBeNull();
  });

  it('asks before completing the chosen tasks at once, then sends one answer for all', async () => {
    const sent: unknown[] = [];
    serve(sent, [{ processKey: 'hotline-1516', taskKey: 'triageComplaint' }]);
    ROWS.forEach((row) => Object.assign(row, { taskKey: 'triageComplaint' }));
    try {
      renderList('en');
      await screen.findByText('ໄຟຟ້າດັບ');
      await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: en['tasks.selectAll'] })));
      await act(async () => fireEvent.click(await screen.findByRole('button', { name: en['tasks.bulk.complete'] })));
      expect(sent).toEqual([]);
      expect(screen.getByText('Complete 3 tasks with the same answer? This cannot be undone.')).toBeTruthy();
      await act(async () => fireEvent.click(screen.getByRole('button', { name: en['tasks.bulk.completeYes'] })));

      expect(await screen.findByText(/1 task done/)).toBeTruthy();
      expect(sent).toEqual([{ action: 'complete', taskIds: ['t1', 't2', 't3'], variables: {} }]);
    } finally {
      ROWS.forEach((row) => Object.assign(row, { taskKey: null }));
    }
  });
});
