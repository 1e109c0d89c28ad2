import type { Scope, TaskFilter } from './api';

export const PAGE_SIZE = 20;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The task list's filter lives in the address, so a reload or a login round trip keeps it. */
export function filterFromParams(params: URLSearchParams): TaskFilter {
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    scope: oneOf<Scope>(params.get('scope'), ['all', 'mine', 'groups'], 'all'),
    process: params.get('process') ?? '',
    org: params.get('org') ?? '',
    due: oneOf(params.get('due'), ['', 'overdue', 'soon'] as const, ''),
    createdAfter: params.get('createdAfter') ?? '',
    q: params.get('q') ?? '',
    sort: oneOf(params.get('sort'), ['created', 'due', 'name'] as const, 'created'),
    order: oneOf(params.get('order'), ['asc', 'desc'] as const, 'desc'),
    page: Number.isFinite(page) && page > 0 ? page : 0,
    size: PAGE_SIZE,
  };
}

export function paramsFromFilter(filter: TaskFilter): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = filterFromParams(new URLSearchParams());
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'size') continue;
    if (value !== '' && value !== undefined && value !== defaults[key as keyof TaskFilter])
      params.set(key, String(value));
  }
  return params;
}
