import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/client';
import { en } from './en';
import { describeError, format, formatDate } from './i18n';
import { lo } from './lo';

describe('messages', () => {
  it('has the same keys in Lao and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lo).sort());
    for (const value of [...Object.values(lo), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('uses Lao script, not Thai look-alikes, in the Lao messages', () => {
    const thai = Object.entries(lo).filter(([, v]) => /[\u0E00-\u0E7F]/.test(v));
    expect(thai).toEqual([]);
  });

  it('fills parameters and leaves unknown ones', () => {
    expect(format('{a} / {b}', { a: 1 })).toBe('1 / {b}');
  });
});

describe('dates', () => {
  it('formats in Lao by default', () => {
    const text = formatDate('lo', '2026-03-01T10:00:00Z', false);
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/[\u0E80-\u0EFF]/);
  });

  it('shows an unparseable value as it came', () => expect(formatDate('lo', 'soon')).toBe('soon'));
});

describe('describeError', () => {
  const t = (key: string) => key;
  it('names network, permission and missing cases, and keeps server messages', () => {
    expect(describeError(t as never, new ApiFailure(0, 'network', ''))).toBe('error.network');
    expect(describeError(t as never, new ApiFailure(403, 'forbidden', 'x'))).toBe('error.forbidden');
    expect(describeError(t as never, new ApiFailure(404, 'not-found', 'x'))).toBe('error.notFound');
    expect(describeError(t as never, new ApiFailure(400, 'invalid-field', 'too short'))).toBe('too short');
    expect(describeError(t as never, new Error('boom'))).toBe('error.generic');
  });

  it('translates the engine\'s code when someone else was first', () => {
    expect(describeError(t as never, new ApiFailure(409, 'task-already-completed', 'Someone else'))).toBe('error.task-already-completed');
    expect(describeError(t as never, new ApiFailure(409, 'some-future-code', 'As sent'))).toBe('As sent');
  });
});
