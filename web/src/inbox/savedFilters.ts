import { request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';
import type { TaskFilter } from './api';
import { filterFromParams, paramsFromFilter } from './filters';

/** What a saved filter selects: the task list's own parameters, those not set absent or null. */
export type FilterCriteria = Partial<{ [K in keyof Schemas['FilterCriteria']]: string | null }>;

/**
 * A saved filter as its reader sees it (GET /api/inbox/filters): `count` of the reader's tasks it
 * selects, at most 99 (`more`: beyond), and whether the reader may rename or delete it.
 */
export type SavedFilter = Omit<WithNulls<Schemas['SavedFilter'], 'sharedWith'>, 'criteria'> & {
  criteria: FilterCriteria;
};

export type FilterDraft = Omit<WithNulls<Schemas['FilterDraft'], 'sharedWith'>, 'criteria'> & {
  criteria: FilterCriteria;
};

export const savedFilters = {
  list: () => request<SavedFilter[]>('/api/inbox/filters'),
  create: (draft: FilterDraft) => request<SavedFilter>('/api/inbox/filters', { json: draft }),
  update: (id: string, draft: FilterDraft) =>
    request<SavedFilter>(`/api/inbox/filters/${encodeURIComponent(id)}`, { method: 'PUT', json: draft }),
  remove: (id: string) => request<void>(`/api/inbox/filters/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** The criteria of the list as it stands (its page left out): what "save this filter" keeps. */
export function criteriaOf(filter: TaskFilter): FilterCriteria {
  return Object.fromEntries(paramsFromFilter({ ...filter, page: 0 }).entries()) as FilterCriteria;
}

/** The address of the list a saved filter selects. */
export function paramsOf(criteria: FilterCriteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(criteria)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return paramsFromFilter(filterFromParams(params));
}

/** Whether the list shows exactly what a saved filter selects. */
export function isApplied(criteria: FilterCriteria, current: URLSearchParams): boolean {
  const now = new URLSearchParams(current);
  now.delete('page');
  return paramsOf(criteria).toString() === paramsFromFilter(filterFromParams(now)).toString();
}

/** A count as the bar shows it: "99+" beyond the bound the engine counts to. */
export function countLabel(filter: Pick<SavedFilter, 'count' | 'more'>): string {
  return filter.more ? `${filter.count}+` : String(filter.count);
}

/** The organisations whose supervisors this person is (`<org>-…-supervisors`): those they may share with. */
export function supervisedOrganisations(groups: readonly string[]): string[] {
  return groups
    .filter((group) => group.endsWith('-supervisors') && group.indexOf('-') > 0)
    .map((group) => group.slice(0, group.indexOf('-')))
    .filter((org, index, all) => all.indexOf(org) === index);
}
