import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import type { EngineTask } from './api';
import { TaskForm } from './TaskForm';
import { renderPage } from '../testing/renderPage';

const TASK: EngineTask = {
  id: 't1',
  name: 'ກວດສອບຄວາມຈິງ',
  assignee: 'nalinh.bokeo',
  created: '2026-03-01T10:00:00Z',
  due: null,
  processInstanceId: 'p1',
  processDefinitionId: 'd1',
  taskDefinitionKey: 'verifyComplaint',
  formKey: null,
  camundaFormRef: null,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderAndComplete(onDone: (outcome: string) => void) {
  renderPage(<TaskForm task={TASK} userId="nalinh.bokeo" canWork onDone={onDone} />);
  const button = await screen.findByRole('button', { name: lo['task.complete'] });
  await act(async () => fireEvent.click(button));
}

describe('completing a task', () => {
  it('says so when someone else completed it meanwhile', async () => {
    fakeServer({
      'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
      'POST /engine-rest/task/t1/submit-form': {
        status: 500,
        body: { type: 'NullValueException', message: 'Cannot find task with id t1' },
      },
      'GET /engine-rest/task/t1': {
        status: 404,
        body: { type: 'InvalidRequestException', message: 'No matching task with id t1' },
      },
    });
    const onDone = vi.fn();
    await renderAndComplete(onDone);
    expect(onDone).toHaveBeenCalledWith('completed-elsewhere');
  });

  it("shows the server's refusal in the reader's language when the task is still there", async () => {
    fakeServer({
      'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
      'POST /engine-rest/task/t1/submit-form': {
        status: 400,
        body: {
          type: 'InvalidVariableException',
          error: 'invalid-field',
          message: 'answerText is required',
          field: 'answerText',
          fields: [{ field: 'answerText', rule: 'required' }],
        },
      },
      'GET /engine-rest/task/t1': { status: 200, body: TASK },
    });
    const onDone = vi.fn();
    await renderAndComplete(onDone);
    expect(onDone).not.toHaveBeenCalled();
    const alert = (await screen.findByRole('alert')).textContent;
    expect(alert).toContain(lo['form.required']);
    expect(alert).not.toContain('answerText is required');
  });

  it('reports a completion', async () => {
    const server = fakeServer({
      'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
      'POST /engine-rest/task/t1/submit-form': { status: 204 },
    });
    const onDone = vi.fn();
    await renderAndComplete(onDone);
    expect(onDone).toHaveBeenCalledWith('completed');
    expect(JSON.parse(String(server.calls.find((c) => c.key.startsWith('POST'))?.init.body))).toEqual({
      variables: {},
    });
  });

  it('is loaded once per task: a claim that reloads the task keeps the form as the user left it', async () => {
    const server = fakeServer({
      'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
      'GET /engine-rest/task/t1/deployed-form': { status: 200, body: { type: 'default', components: [] } },
    });
    const withForm = { ...TASK, camundaFormRef: { key: 'hotline-verify' } };
    const view = renderPage(<TaskForm task={withForm} userId="nalinh.bokeo" canWork={false} onDone={vi.fn()} />);
    await screen.findByRole('button', { name: lo['task.complete'] });
    // The claim reloads the task: a new object (its form reference too), same task, now assigned.
    const claimed = { ...withForm, assignee: 'nalinh.bokeo', camundaFormRef: { key: 'hotline-verify' } };
    view.rerender(<TaskForm task={claimed} userId="nalinh.bokeo" canWork onDone={vi.fn()} />);
    await screen.findByRole('button', { name: lo['task.complete'] });
    expect(server.calls.filter((c) => c.key === 'GET /engine-rest/task/t1/form-variables')).toHaveLength(1);
  });

  it('forgets the draft once the task is completed', async () => {
    localStorage.setItem(
      'gflow.draft.nalinh.bokeo.t1',
      JSON.stringify({ savedAt: Date.now(), data: { answerText: 'ກຳລັງຂຽນ' } }),
    );
    fakeServer({
      'GET /engine-rest/task/t1/form-variables': { status: 200, body: {} },
      'POST /engine-rest/task/t1/submit-form': { status: 204 },
    });
    await renderAndComplete(vi.fn());
    expect(localStorage.getItem('gflow.draft.nalinh.bokeo.t1')).toBeNull();
  });
});
