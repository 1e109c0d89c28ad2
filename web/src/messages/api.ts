import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** A message that failed for good, as a supervisor or the Office sees it (the address shown in part). */
export type FailedMessage = WithNulls<Schemas['FailedMessage'], 'caseId' | 'caseNumber' | 'reason'>;

/** A page of failed messages, newest first; `next`, when another page follows, starts it. */
export type FailedMessagePage = { items: FailedMessage[]; next: string | null };

export const FAILED_MESSAGES_PAGE = 20;

export const failedMessages = {
  page: (after?: string) =>
    request<FailedMessagePage>(`/api/inbox/failed-messages${query({ after, size: FAILED_MESSAGES_PAGE })}`),
  sendAgain: (id: string) =>
    request<void>(`/api/inbox/failed-messages/${encodeURIComponent(id)}/send-again`, { method: 'POST' }),
};
