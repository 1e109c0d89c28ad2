import { describe, expect, it } from 'vitest';
import { filterFromParams, paramsFromFilter } from './filters';

describe('task list filter in the address', () => {
  it('has defaults for an empty address', () => {
    expect(filterFromParams(new URLSearchParams())).toMatchObject({
      scope: 'all',
      sort: 'created',
      order: 'desc',
      page: 0,
    });
  });

  it('ignores values it does not know', () => {
    const filter = filterFromParams(new URLSearchParams('scope=everything&sort=drop&page=-3&due=later'));
    expect(filter).toMatchObject({ scope: 'all', sort: 'created', page: 0, due: '' });
  });

  it('round-trips and writes only what differs from the defaults', () => {
    const filter = filterFromParams(new URLSearchParams('scope=mine&org=bokeo&q=HL-2026&page=2&due=overdue'));
    const params = paramsFromFilter(filter);
    expect(params.toString()).toBe('scope=mine&org=bokeo&due=overdue&q=HL-2026&page=2');
    expect(filterFromParams(params)).toEqual(filter);
  });
});
