import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** One row of the task list: the task joined with its case (GET /api/inbox/tasks). */
export type TaskSummary = WithNulls<
  Schemas['TaskSummary'],
  | 'taskKey'
  | 'processKey'
  | 'processName'
  | 'processInstanceId'
  | 'caseTitle'
  | 'trackingNumber'
  | 'assignee'
  | 'assigneeName'
  | 'due'
  | 'workingDaysLeft'
  | 'onBehalfOf'
  | 'onBehalfOfName'
>;

/** A task's due date and the working days left until it (both null when it has no due date). */
export type TaskDeadline = WithNulls<Schemas['TaskDeadline'], 'due' | 'workingDaysLeft'>;

/** A page of the task list. `more`: whether another page follows (the server does not count them all). */
export type TaskPage = Omit<Schemas['Page'], 'items'> & { items: TaskSummary[] };

export type Scope = 'all' | 'mine' | 'groups';

export interface TaskFilter {
  scope: Scope;
  process?: string;
  org?: string;
  due?: '' | 'overdue' | 'soon';
  createdAfter?: string;
  q?: string;
  sort: 'created' | 'due' | 'name';
  order: 'asc' | 'desc';
  page: number;
  size: number;
}

export type Colleague = Schemas['Colleague'];

export type CaseSummary = WithNulls<Schemas['CaseView'], 'processName' | 'caseTitle' | 'trackingNumber'>;

/** What the person who filed a case may always see of it (GET /api/inbox/cases/{id}/receipt). */
export type CaseReceipt = WithNulls<Schemas['Receipt'], 'processName' | 'reference'>;

/**
 * One line of a case's history; `activityId` names the model element, to say it in the reader's language, and a
 * sign-off's `decision` (approve, return, reject) is named in it too.
 */
export type TimelineEntry = WithNulls<
  Omit<Schemas['TimelineEntry'], 'kind'> & { kind: 'started' | 'completed' | 'waiting' | 'comment' | 'decision' },
  | 'activityName'
  | 'activityId'
  | 'userId'
  | 'userName'
  | 'text'
  | 'decision'
  | 'onBehalfOf'
  | 'onBehalfOfName'
  | 'passedOver'
  | 'passedOverName'
>;

export type Attachment = WithNulls<Schemas['File'], 'type' | 'created' | 'taskId'>;

/** An access code issued for a case, read back or printed with its number. */
export type AccessCode = Schemas['CallerCode'];

/** A document the case produced (GET /api/cases/{id}/documents). */
/** One of the case's messages and what became of it (an address shown only in part). */
export type CaseMessage = WithNulls<Schemas['CaseMessage'], 'subject' | 'lastError' | 'sentAt'> & {
  status: 'pending' | 'sent' | 'failed' | 'skipped';
};
export type CaseDocument = WithNulls<
  Schemas['CaseDocument'],
  'holderName' | 'issuingBody' | 'validUntil' | 'revocationReason'
>;

/** Camunda REST's task (GET /engine-rest/task/{id}). */
export interface EngineTask {
  id: string;
  name: string;
  assignee: string | null;
  created: string;
  due: string | null;
  processInstanceId: string;
  processDefinitionId: string;
  taskDefinitionKey: string;
  formKey: string | null;
  camundaFormRef: { key: string } | null;
}

export interface ProcessDefinition {
  id: string;
  key: string;
  name: string | null;
  version: number;
}

export const inbox = {
  tasks: (filter: TaskFilter, signal?: AbortSignal) =>
    request<TaskPage>(`/api/inbox/tasks${query({ ...filter })}`, { signal }),
  changes: (since: string) => request<Schemas['Changes']>(`/api/inbox/tasks/changes${query({ since })}`),
  colleagues: (taskId: string) => request<Colleague[]>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/colleagues`),
  /** The task's due date and the working days left until it, counted by the server (it knows the holidays). */
  deadline: (taskId: string) => request<TaskDeadline>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/deadline`),
  handOver: (taskId: string, userId: string) =>
    request<void>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/handover`, { json: { userId } }),
  caseOf: (processInstanceId: string) =>
    request<CaseSummary>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}`),
  receipt: (processInstanceId: string) =>
    request<CaseReceipt>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/receipt`),
  /** A new access code for a recorded call, to read back with its tracking number. */
  callerCode: (processInstanceId: string) =>
    request<AccessCode>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/tracking-code`, { method: 'POST' }),
  /** A new access code for a permit application, printed on the receipt with its reference. */
  applicantCode: (processInstanceId: string) =>
    request<Schemas['ApplicantCode']>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/applicant-code`, {
      method: 'POST',
    }),
  timeline: (processInstanceId: string) =>
    request<TimelineEntry[]>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/timeline`),
  attachments: (processInstanceId: string) =>
    request<Attachment[]>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/attachments`),
  messages: (processInstanceId: string) =>
    request<CaseMessage[]>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/messages`),
  attach: (processInstanceId: string, taskId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    form.append('taskId', taskId);
    return request<Attachment>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/attachments`, { form });
  },
  attachmentUrl: (processInstanceId: string, attachmentId: string) =>
    `/api/inbox/cases/${encodeURIComponent(processInstanceId)}/attachments/${encodeURIComponent(attachmentId)}`,
  documents: (processInstanceId: string) =>
    request<CaseDocument[]>(`/api/cases/${encodeURIComponent(processInstanceId)}/documents`),
  documentUrl: (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/pdf`,
  /** The draft PDF of the letter a sign-off task is about (only for who may work the task). */
  letterPreviewUrl: (taskId: string) => `/api/inbox/tasks/${encodeURIComponent(taskId)}/letter-preview.pdf`,
};

export const engine = {
  task: (taskId: string) => request<EngineTask>(`/engine-rest/task/${encodeURIComponent(taskId)}`),
  claim: (taskId: string, userId: string) =>
    request<void>(`/engine-rest/task/${encodeURIComponent(taskId)}/claim`, { json: { userId } }),
  unclaim: (taskId: string) =>
    request<void>(`/engine-rest/task/${encodeURIComponent(taskId)}/unclaim`, { method: 'POST' }),
  comment: (taskId: string, message: string) =>
    request<void>(`/engine-rest/task/${encodeURIComponent(taskId)}/comment/create`, { json: { message } }),
  /** A colleague's name from the directory, for "assigned to". */
  userName: async (userId: string) => {
    const profile = await request<{ firstName: string | null; lastName: string | null }>(
      `/engine-rest/user/${encodeURIComponent(userId)}/profile`,
    );
    return [profile.firstName, profile.lastName].filter(Boolean).join(' ') || userId;
  },
  processDefinitions: () =>
    request<ProcessDefinition[]>('/engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc'),
  /** Processes this user may start, by Camunda's authorizations (CREATE_INSTANCE). */
  startable: () =>
    request<ProcessDefinition[]>(
      `/engine-rest/process-definition${query({ startableInTasklist: true, startablePermissionCheck: true, latestVersion: true })}`,
    ),
  processXml: (definitionId: string) =>
    request<{ bpmn20Xml: string }>(`/engine-rest/process-definition/${encodeURIComponent(definitionId)}/xml`),
};

/** A bulk action on tasks (POST /api/inbox/tasks/bulk) and what became of each task. */
export type BulkAction = 'claim' | 'release' | 'handover' | 'complete';
/** A task of a model that lets one answer complete many at once. */
export type BulkCompletable = Schemas['Completable'];
export type BulkOutcome = WithNulls<Schemas['BulkOutcome'], 'code' | 'message'> & {
  outcome: 'done' | 'refused' | 'conflict' | 'failed';
};
export type BulkResult = Omit<Schemas['BulkResult'], 'outcomes'> & { outcomes: BulkOutcome[] };

export const bulk = {
  apply: (action: BulkAction, taskIds: string[], userId?: string) =>
    request<BulkResult>('/api/inbox/tasks/bulk', {
      json: { action, taskIds, ...(userId ? { userId } : {}), ...(action === 'complete' ? { variables: {} } : {}) },
    }),
  /** The tasks the models let one answer complete in bulk. */
  completable: () => request<BulkCompletable[]>('/api/inbox/tasks/bulk-completable'),
};
