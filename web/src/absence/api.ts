import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** An absence period (GET /api/absences): Lao dates, both days included; `current` while today is one of them. */
export type Absence = WithNulls<Schemas['Absence'], 'userName' | 'delegateName'>;

/** A colleague of the same organisation who may receive the work meanwhile. */
export type Delegate = Schemas['Delegate'];

/** The signed-in person's absences (or, for their manager or a supervisor, a colleague's). */
export const absenceApi = {
  list: (person?: string) => request<Absence[]>(`/api/absences${query({ person })}`),
  delegates: (person?: string) => request<Delegate[]>(`/api/absences/delegates${query({ person })}`),
  set: (absence: { delegate: string; from: string; until: string; person?: string }) =>
    request<Absence>('/api/absences', { json: absence }),
  cancel: (id: string) => request<void>(`/api/absences/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** The keys of what the absence page caches, per person whose absences it shows (the signed-in person's: none). */
export const absenceKeys = {
  list: (person?: string) => ['absences', 'list', person ?? ''] as const,
  delegates: (person?: string) => ['absences', 'delegates', person ?? ''] as const,
};
