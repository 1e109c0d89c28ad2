import { query, request } from '../api/client';

/** One row of the task list: the task joined with its case (GET /api/inbox/tasks). */
export interface TaskSummary {
  id: string;
  /** The model's own (Lao) name; shown through modelName(taskKey, name) in the reader's language. */
  name: string;
  /** The task's id in its model. */
  taskKey: string | null;
  processKey: string | null;
  processName: string | null;
  processInstanceId: string | null;
  caseTitle: string | null;
  trackingNumber: string | null;
  assignee: string | null;
  assigneeName: string | null;
  created: string;
  due: string | null;
  candidateGroups: string[];
}

export interface TaskPage {
  items: TaskSummary[];
  /** Whether another page follows. The server does not count all visible tasks: that count cost more than the page. */
  more: boolean;
  page: number;
  size: number;
  serverTime: string;
}

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

export interface Colleague { id: string; name: string }

export interface CaseSummary {
  processInstanceId: string;
  processDefinitionId: string;
  processKey: string;
  processName: string | null;
  caseTitle: string | null;
  trackingNumber: string | null;
  activeActivityIds: string[];
  ended: boolean;
}

/** What the person who filed a case may always see of it (GET /api/inbox/cases/{id}/receipt). */
export interface CaseReceipt {
  processInstanceId: string;
  processKey: string;
  processName: string | null;
  reference: string | null;
  filedAt: string;
  ended: boolean;
}

export interface TimelineEntry {
  time: string;
  kind: 'started' | 'completed' | 'waiting' | 'comment' | 'decision';
  activityName: string | null;
  /** The model element's id, to name it in the reader's language. */
  activityId?: string | null;
  userId: string | null;
  userName: string | null;
  text: string | null;
  /** A sign-off decision's code (approve, return, reject), named in the reader's language. */
  decision?: string | null;
}

export interface Attachment { id: string; name: string; type: string | null; created: string | null; taskId: string | null }

/** A document the case produced (GET /api/cases/{id}/documents). */
export interface CaseDocument {
  id: string;
  kind: string;
  serial: string;
  code: string;
  holderName: string | null;
  issuedAt: string;
  status: string;
}

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

export interface ProcessDefinition { id: string; key: string; name: string | null; version: number }

export const inbox = {
  tasks: (filter: TaskFilter, signal?: AbortSignal) =>
    request<TaskPage>(`/api/inbox/tasks${query({ ...filter })}`, { signal }),
  changes: (since: string) => request<{ newTasks: number; serverTime: string }>(`/api/inbox/tasks/changes${query({ since })}`),
  colleagues: (taskId: string) => request<Colleague[]>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/colleagues`),
  handOver: (taskId: string, userId: string) =>
    request<void>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/handover`, { json: { userId } }),
  caseOf: (processInstanceId: string) => request<CaseSummary>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}`),
  receipt: (processInstanceId: string) =>
    request<CaseReceipt>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/receipt`),
  /** A new access code for a recorded call, to read back with its tracking number. */
  callerCode: (processInstanceId: string) =>
    request<{ trackingNumber: string; trackingCode: string }>(
      `/api/inbox/cases/${encodeURIComponent(processInstanceId)}/tracking-code`, { method: 'POST' }),
  /** A new access code for a permit application, printed on the receipt with its reference. */
  applicantCode: (processInstanceId: string) =>
    request<{ trackingNumber: string; trackingCode: string }>(
      `/api/inbox/cases/${encodeURIComponent(processInstanceId)}/applicant-code`, { method: 'POST' }),
  timeline: (processInstanceId: string) =>
    request<TimelineEntry[]>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/timeline`),
  attachments: (processInstanceId: string) =>
    request<Attachment[]>(`/api/inbox/cases/${encodeURIComponent(processInstanceId)}/attachments`),
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
  unclaim: (taskId: string) => request<void>(`/engine-rest/task/${encodeURIComponent(taskId)}/unclaim`, { method: 'POST' }),
  comment: (taskId: string, message: string) =>
    request<void>(`/engine-rest/task/${encodeURIComponent(taskId)}/comment/create`, { json: { message } }),
  /** A colleague's name from the directory, for "assigned to". */
  userName: async (userId: string) => {
    const profile = await request<{ firstName: string | null; lastName: string | null }>(
      `/engine-rest/user/${encodeURIComponent(userId)}/profile`);
    return [profile.firstName, profile.lastName].filter(Boolean).join(' ') || userId;
  },
  processDefinitions: () => request<ProcessDefinition[]>('/engine-rest/process-definition?latestVersion=true&sortBy=name&sortOrder=asc'),
  /** Processes this user may start, by Camunda's authorizations (CREATE_INSTANCE). */
  startable: () =>
    request<ProcessDefinition[]>(
      `/engine-rest/process-definition${query({ startableInTasklist: true, startablePermissionCheck: true, latestVersion: true })}`),
  processXml: (definitionId: string) =>
    request<{ bpmn20Xml: string }>(`/engine-rest/process-definition/${encodeURIComponent(definitionId)}/xml`),
};
