import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, inboxKeys } from '../api/queries';
import { lo } from '../i18n/lo';
import { FakeEventSource } from '../testing/fakeEventSource';
import { fakeServer } from '../testing/fakeServer';
import { FIRST_TASK_LIST, TRIAGE_SESSION, triageRow } from '../testing/inboxRows';
import { invalidateFor, parseLiveEvent, reconnectDelay, useLiveInbox } from './liveInbox';
import TaskListPage from './TaskListPage';
import { renderPage } from '../testing/renderPage';

function page(...items: ReturnType<typeof triageRow>[]) {
  return { status: 200, body: { items, more: false, page: 0, size: 20, serverTime: '2026-11-30T09:00:00Z' } };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the live inbox', () => {
  it('reads the event data the server sends, and waits longer after each failed attempt', () => {
    expect(parseLiveEvent('task-changed', '{"taskId":"t1","caseId":"c1","assignee":"a","completed":false}')).toEqual({
      name: 'task-changed',
      taskId: 't1',
      caseId: 'c1',
      assignee: 'a',
      completed: false,
    });
    expect(parseLiveEvent('resync', '{}').taskId).toBeNull();
    expect([0, 1, 2, 3].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(reconnectDelay(20)).toBe(60_000);
  });

  it('marks stale the lists and the changed task, but does not reload a task that left', () => {
    const client = createQueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    invalidateFor(client, parseLiveEvent('task-changed', '{"taskId":"t1","caseId":"c1"}'));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      inboxKeys.tasks,
      inboxKeys.task('t1'),
      inboxKeys.timeline('c1'),
    ]);
    invalidate.mockClear();
    invalidateFor(client, parseLiveEvent('task-removed', '{"taskId":"t1","caseId":"c1","completed":true}'));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).not.toContainEqual(inboxKeys.task('t1'));
  });

  it('opens the stream again after it drops, with back-off, resuming after the last event received', () => {
    FakeEventSource.install();
    vi.useFakeTimers();
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const heard: string[] = [];
    const { result } = renderHook(() => useLiveInbox((event) => heard.push(`${event.name} ${event.taskId}`)), {
      wrapper,
    });
    const first = FakeEventSource.latest();
    expect(first.url).toBe('/api/inbox/events');
    act(() => first.open());
    expect(result.current).toBe(true);
    act(() => first.send('task-added', { taskId: 't9', caseId: 'c9' }, '41'));
    expect(heard).toEqual(['task-added t9']);

    act(() => first.drop());
    expect(result.current).toBe(false);
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    act(() => vi.advanceTimersByTime(999));
    expect(FakeEventSource.opened).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.latest().url).toBe('/api/inbox/events?lastEventId=41');
    act(() => FakeEventSource.latest().drop());
    act(() => vi.advanceTimersByTime(1999));
    expect(FakeEventSource.opened).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.opened).toHaveLength(3);
  });
});

describe('the task list with the live inbox', () => {
  it('shows a task that arrives without reloading the page or losing what the user types', async () => {
    FakeEventSource.install();
    let served = page(triageRow('t1', 'ນ້ຳປະປາບໍ່ໄຫຼ'));
    fakeServer({
      'GET /api/auth/session': { status: 200, body: TRIAGE_SESSION },
      'GET /engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc': { status: 200, body: [] },
      [FIRST_TASK_LIST]: () => served,
    });
    renderPage(<TaskListPage />, { at: '/tasks', signedIn: true });
    expect(await screen.findByText('ນ້ຳປະປາບໍ່ໄຫຼ')).toBeTruthy();
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'ຄຳທີ່ກຳລັງພິມ' } });

    act(() => FakeEventSource.latest().open());
    served = page(triageRow('t2', 'ໄຟຟ້າດັບ'), triageRow('t1', 'ນ້ຳປະປາບໍ່ໄຫຼ'));
    act(() => FakeEventSource.latest().send('task-added', { taskId: 't2', caseId: 'case-t2' }, '7'));

    expect(await screen.findByText('ໄຟຟ້າດັບ')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(lo['tasks.newArrived'].replace('{count}', '1'));
    // what the user was typing stays
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('ຄຳທີ່ກຳລັງພິມ');
  });
});
