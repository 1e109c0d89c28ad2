import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { type Language } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { FakeEventSource } from '../testing/fakeEventSource';
import { fakeServer } from '../testing/fakeServer';
import TaskPage from './TaskPage';
import { renderPage } from '../testing/renderPage';

const SESSION = { authenticated: true, id: 'vilayvanh.opm', name: 'ວິໄລວັນ', groups: [], admin: false };
const TASK = {
  id: 't1',
  name: 'ຄັດແຍກຄຳຮ້ອງທຸກ',
  assignee: 'vilayvanh.opm',
  created: '2026-11-30T08:00:00Z',
  due: null,
  processInstanceId: 'p1',
  processDefinitionId: 'd1',
  taskDefinitionKey: 'triageComplaint',
  formKey: null,
  camundaFormRef: null,
};

/** The citizen's SMS never arrived; the office was told in its inbox. */
const MESSAGES = [
  {
    recipientKind: 'citizen',
    recipient: '…456',
    channel: 'sms',
    subject: null,
    status: 'failed',
    attempts: 3,
    lastError: 'the SMS gateway answered 400: unknown number',
    createdAt: '2026-11-30T08:00:00Z',
    sentAt: null,
  },
  {
    recipientKind: 'office',
    recipient: 'bokeo-public-service-verifiers',
    channel: 'inbox',
    subject: 'ຄຳຮ້ອງໃໝ່',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: '2026-11-30T08:00:00Z',
    sentAt: '2026-11-30T08:00:05Z',
  },
];

function serve(task: () => typeof TASK) {
  fakeServer({
    'GET /api/auth/session': { status: 200, body: SESSION },
    'GET /engine-rest/task/t1': () => ({ status: 200, body: task() }),
    'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
    'GET /api/inbox/tasks/t1/colleagues': { status: 200, body: [] },
    'GET /api/inbox/cases/p1': {
      status: 200,
      body: {
        processInstanceId: 'p1',
        processDefinitionId: 'd1',
        processKey: 'hotline-1516',
        processName: null,
        caseTitle: null,
        trackingNumber: null,
        activeActivityIds: [],
      },
    },
    'GET /api/inbox/cases/p1/attachments': { status: 200, body: [] },
    'GET /api/inbox/cases/p1/messages': { status: 200, body: MESSAGES },
    'GET /api/cases/p1/documents': { status: 200, body: [] },
    'GET /api/inbox/cases/p1/timeline': { status: 200, body: [] },
    'GET /engine-rest/user/admin/profile': { status: 200, body: { firstName: 'Admin', lastName: 'G-Flow' } },
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

function renderTask(language: Language) {
  renderPage(<TaskPage />, { language, at: '/tasks/t1', routes: ['/tasks/:taskId'], signedIn: true });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the task page with the live inbox', () => {
  it('says in Lao when someone else takes the task, and shows who holds it now', async () => {
    FakeEventSource.install();
    let task = TASK;
    serve(() => task);
    renderTask('lo');
    expect(await screen.findByText(lo['task.noForm'])).toBeTruthy();
    act(() => FakeEventSource.latest().open());

    task = { ...TASK, assignee: 'admin' };
    act(() => FakeEventSource.latest().send('task-changed', { taskId: 't1', caseId: 'p1', assignee: 'admin' }, '12'));
    expect((await screen.findByTestId('task-elsewhere')).textContent).toBe(lo['task.live.taken']);
    expect(await screen.findByText(lo['task.assignedTo'].replace('{name}', 'Admin G-Flow'))).toBeTruthy();
  });

  it('says in English when the task was completed elsewhere, and ignores other tasks', async () => {
    FakeEventSource.install();
    serve(() => TASK);
    renderTask('en');
    expect(await screen.findByText(en['task.noForm'])).toBeTruthy();
    act(() => FakeEventSource.latest().open());
    act(() => FakeEventSource.latest().send('task-removed', { taskId: 't2', completed: true }, '13'));
    expect(screen.queryByTestId('task-elsewhere')).toBeNull();

    act(() => FakeEventSource.latest().send('task-removed', { taskId: 't1', caseId: 'p1', completed: true }, '14'));
    expect((await screen.findByTestId('task-elsewhere')).textContent).toBe(en['task.live.completed']);
  });

  it("shows what became of the case's messages, a failed one with the gateway's reason", async () => {
    FakeEventSource.install();
    serve(() => TASK);
    renderTask('en');
    const section = await screen.findByRole('region', { name: en['task.section.messages'] });
    const failed = section.querySelector('[data-status="failed"]')!;
    expect(failed.textContent).toContain('SMS · …456 · not delivered');
    expect(failed.textContent).toContain('unknown number');
    expect(section.querySelector('[data-status="sent"]')?.textContent).toContain(
      'Inbox · bokeo-public-service-verifiers · sent',
    );
  });
});
