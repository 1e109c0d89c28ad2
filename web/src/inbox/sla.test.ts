import { describe, expect, it } from 'vitest';
import { slaOf } from './sla';

const now = new Date('2026-03-01T10:00:00Z');

describe('slaOf', () => {
  it('is overdue after the due date, whatever the count says', () => {
    expect(slaOf('2026-03-01T09:59:00Z', null, now)).toBe('overdue');
    expect(slaOf('2026-03-01T09:59:00Z', 0, now)).toBe('overdue');
  });
  it("follows the server's working days", () => {
    // due in nine calendar days, but across a holiday week only one working day is left
    expect(slaOf('2026-03-10T09:00:00Z', 1, now)).toBe('due-soon');
    expect(slaOf('2026-03-02T09:00:00Z', 0, now)).toBe('due-soon');
    expect(slaOf('2026-03-05T10:00:00Z', 4, now)).toBe('on-time');
  });
  it('is due soon within a day when the count is unknown', () => {
    expect(slaOf('2026-03-02T09:00:00Z', null, now)).toBe('due-soon');
    expect(slaOf('2026-03-05T10:00:00Z', undefined, now)).toBeNull();
  });
  it('is nothing without a due date', () => {
    expect(slaOf(null, 3, now)).toBeNull();
    expect(slaOf('not a date', 3, now)).toBeNull();
  });
});
