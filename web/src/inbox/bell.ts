import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** One notice on the bell: a task offered or handed to the reader, or a message of a case to them. */
export type BellItem = WithNulls<Schemas['BellItem'], 'caseLabel' | 'taskId' | 'caseId'>;
export type BellPage = Omit<Schemas['BellPage'], 'items'> & { items: BellItem[] };
export type BellUnread = Schemas['BellUnread'];

export const BELL_PAGE = 10;

export const bell = {
  latest: (page: number) => request<BellPage>(`/api/inbox/bell${query({ page, size: BELL_PAGE })}`),
  unread: () => request<BellUnread>('/api/inbox/bell/unread'),
  read: (id: number) => request<void>(`/api/inbox/bell/${id}/read`, { method: 'POST' }),
  readAll: () => request<void>('/api/inbox/bell/read-all', { method: 'POST' }),
};

/** Notices about a case as a whole (one the reader follows was answered or closed): they lead to the case. */
const CASE_KINDS = new Set(['case-answered', 'case-closed']);

/** Where a notice leads: its task, a case the reader follows, else its case's tasks found by the case's number. */
export function linkOf(item: BellItem): string | null {
  if (item.taskId) return `/tasks/${encodeURIComponent(item.taskId)}`;
  if (item.caseId && CASE_KINDS.has(item.kind)) return `/cases/${encodeURIComponent(item.caseId)}`;
  if (item.caseLabel) return `/tasks?q=${encodeURIComponent(item.caseLabel)}`;
  return null;
}
