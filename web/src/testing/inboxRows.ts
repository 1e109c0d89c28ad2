import { query } from '../api/client';
import { filterFromParams } from '../inbox/filters';

/** A triage officer signed in, as the inbox's tests see her session. */
export const TRIAGE_SESSION = {
  authenticated: true,
  id: 'vilayvanh.opm',
  name: 'ວິໄລວັນ',
  groups: [],
  admin: false,
};

/** The task list's first request, with the default filter. */
export const FIRST_TASK_LIST = `GET /api/inbox/tasks${query({ ...filterFromParams(new URLSearchParams('')) })}`;

/** One row of the task list: a hotline complaint waiting for triage. */
export function triageRow(id: string, caseTitle: string) {
  return {
    id,
    name: 'ຄັດແຍກຄຳຮ້ອງທຸກ',
    taskKey: null,
    processKey: 'hotline-1516',
    processName: null,
    processInstanceId: `case-${id}`,
    caseTitle,
    trackingNumber: null,
    assignee: null,
    assigneeName: null,
    created: '2026-11-30T08:00:00Z',
    due: null,
    candidateGroups: ['opm-hotline-triage'],
  };
}
