import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** One of the reader's cases (GET /api/inbox/my-cases): how they take part in it, and where it stands. */
export type MyCase = WithNulls<
  Omit<Schemas['MyCase'], 'state'> & { state: 'open' | 'closed' },
  'caseNumber' | 'caseTitle' | 'processKey' | 'processName' | 'started' | 'ended'
>;

/** A page of the reader's cases; `more`: another page follows (the server does not count them all). */
export type MyCasePage = Omit<Schemas['MyCasePage'], 'items' | 'next'> & { items: MyCase[]; next: string | null };

export type CaseFollowing = Schemas['CaseFollowing'];

/** A letter as printed for the paper file (GET /api/cases/{id}/letter). */
export type PrintedLetter = WithNulls<
  Schemas['PrintedLetter'],
  'subject' | 'letterBody' | 'ministry' | 'registryNumber' | 'registeredAt'
>;

export type CaseState = 'all' | 'open' | 'closed';

export interface MyCasesFilter {
  q: string;
  state: CaseState;
  /** Where the page starts: the `next` of the page before; none for the first page. */
  after?: string;
}

export const MY_CASES_PAGE = 20;

export const myCases = {
  page: (filter: MyCasesFilter) =>
    request<MyCasePage>(
      `/api/inbox/my-cases${query({ q: filter.q, state: filter.state, after: filter.after, size: MY_CASES_PAGE })}`,
    ),
  following: (caseId: string) => request<CaseFollowing>(`/api/cases/${encodeURIComponent(caseId)}/follow`),
  follow: (caseId: string) =>
    request<CaseFollowing>(`/api/cases/${encodeURIComponent(caseId)}/follow`, { method: 'POST' }),
  unfollow: (caseId: string) =>
    request<CaseFollowing>(`/api/cases/${encodeURIComponent(caseId)}/follow`, { method: 'DELETE' }),
  letter: (caseId: string) => request<PrintedLetter>(`/api/cases/${encodeURIComponent(caseId)}/letter`),
};

/** The letters' model: its cases print as a letter. */
export const LETTER_PROCESS = 'document-approval';
