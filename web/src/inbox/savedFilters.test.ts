import { describe, expect, it } from 'vitest';
import { filterFromParams } from './filters';
import { countLabel, criteriaOf, isApplied, paramsOf, supervisedOrganisations } from './savedFilters';

describe('saved filters', () => {
  it('keep what the list shows but its page, and show the same list again', () => {
    const shown = new URLSearchParams('scope=groups&q=ນ້ຳປະປາ&due=overdue&page=3');
    const criteria = criteriaOf(filterFromParams(shown));
    expect(criteria).toEqual({ scope: 'groups', q: 'ນ້ຳປະປາ', due: 'overdue' });
    expect(paramsOf(criteria).toString()).toBe(new URLSearchParams('scope=groups&due=overdue&q=ນ້ຳປະປາ').toString());
    expect(isApplied(criteria, shown)).toBe(true);
    expect(isApplied(criteria, new URLSearchParams('scope=groups'))).toBe(false);
  });

  it('read criteria as the engine stored them, defaults spelt out', () => {
    const stored = { scope: 'all', sort: 'created', order: 'desc', org: 'bokeo' };
    expect(isApplied(stored, new URLSearchParams('org=bokeo'))).toBe(true);
  });

  it('say a bounded count as 99+', () => {
    expect(countLabel({ count: 7, more: false })).toBe('7');
    expect(countLabel({ count: 99, more: true })).toBe('99+');
  });

  it('may be shared by supervisors with their own organisations only', () => {
    expect(supervisedOrganisations(['bokeo-hotline-supervisors', 'bokeo-hotline-verifiers'])).toEqual(['bokeo']);
    expect(supervisedOrganisations(['moic-licence-reviewers', 'gflow-admins'])).toEqual([]);
  });
});
