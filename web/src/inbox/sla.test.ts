import { describe, expect, it } from 'vitest';
import { slaOf } from './sla';

const now = new Date('2026-03-01T10:00:00Z');

describe('slaOf', () => {
  it('is overdue after the due date', () => expect(slaOf('2026-03-01T09:59:00Z', now)).toBe('overdue'));
  it('is due soon within a day', () => expect(slaOf('2026-03-02T09:00:00Z', now)).toBe('due-soon'));
  it('is nothing with time left or no due date', () => {
    expect(slaOf('2026-03-05T10:00:00Z', now)).toBeNull();
    expect(slaOf(null, now)).toBeNull();
    expect(slaOf('not a date', now)).toBeNull();
  });
});
