import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('plurals', () => {
  it('says one task and two tasks in English, the one Lao form for both', () => {
    expect(format(en['tasks.newArrived'], { count: 1 }, 'en')).toBe('1 new task');
    expect(format(en['tasks.newArrived'], { count: 2 }, 'en')).toBe('2 new tasks');
    expect(format(lo['tasks.newArrived'], { count: 1 }, 'lo')).toBe('ມີວຽກໃໝ່ 1 ວຽກ');
    expect(format(lo['tasks.newArrived'], { count: 2 }, 'lo')).toBe('ມີວຽກໃໝ່ 2 ວຽກ');
  });

  it('counts characters in the form the number asks for, as form-js and the server give the limit', () => {
    expect(format(en['form.minLength'], { value: 1 }, 'en')).toBe('At least 1 character.');
    expect(format(en['form.minLength'], { value: '10' }, 'en')).toBe('At least 10 characters.');
    expect(format(en['form.maxLength'], { value: 1 }, 'en')).toBe('At most 1 character.');
    expect(format(lo['form.minLength'], { value: 1 }, 'lo')).toBe('ຕ້ອງມີຢ່າງໜ້ອຍ 1 ຕົວອັກສອນ.');
  });

  it('formats every message of both languages', () => {
    for (const [language, messages] of [
      ['lo', lo],
      ['en', en],
    ] as const) {
      for (const template of Object.values(messages)) {
        const params = Object.fromEntries([...template.matchAll(/\{(\w+)[,}]/g)].map(([, name]) => [name, 2]));
        expect(format(template, params, language)).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('describeError', () => {
  // the engine's own text goes to the console for whoever debugs; not into the test output
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());
  const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);
  it('names network, permission and missing cases', () => {
    expect(describeError(t as never, new ApiFailure(0, 'network', ''))).toBe('error.network');
    expect(describeError(t as never, new ApiFailure(403, 'forbidden', 'x'))).toBe('error.forbidden');
    expect(describeError(t as never, new ApiFailure(404, 'not-found', 'x'))).toBe('error.notFound');
    expect(describeError(t as never, new Error('boom'))).toBe('error.generic');
  });

  it("never shows the engine's own sentence", () => {
    const raw = "Task 'd3a8' is already claimed by someone else.";
    expect(describeError(t as never, new ApiFailure(500, 'TaskAlreadyClaimedException', raw))).toBe('error.server');
    expect(describeError(t as never, new ApiFailure(400, 'InvalidRequestException', raw))).toBe('error.bad-request');
    expect(describeError(t as never, new ApiFailure(409, 'some-future-code', raw))).toBe('error.concurrent-change');
    expect(describeError(t as never, new ApiFailure(418, 'teapot', raw))).toBe('error.generic');
    expect(describeError(t as never, new ApiFailure(400, 'invalid-field', 'answerText is too short'))).toBe(
      'error.invalidField',
    );
  });

  it("says a broken field rule in the reader's words", () => {
    const failure = new ApiFailure(400, 'invalid-field', 'too short', 'answerText', [
      { field: 'answerText', rule: 'min', limit: '20' },
    ]);
    expect(describeError(t as never, failure)).toBe('form.minLength {"value":"20"}');
  });

  it("translates the engine's stable codes", () => {
    expect(describeError(t as never, new ApiFailure(409, 'task-already-completed', 'Someone else'))).toBe(
      'error.task-already-completed',
    );
    expect(describeError(t as never, new ApiFailure(403, 'not-task-worker', 'Only those'))).toBe(
      'error.not-task-worker',
    );
    expect(describeError(t as never, new ApiFailure(429, 'too-many-logins', 'wait'))).toBe('error.too-many-logins');
  });

  it("keeps the reference of a failure on the server's side for the help desk", () => {
    const failure = new ApiFailure(
      500,
      'internal-error',
      'Something went wrong on our side. Please quote reference 1a2b3c4d to the help desk.',
    );
    expect(describeError(t as never, failure)).toBe('error.internal-error {"reference":"1a2b3c4d"}');
  });
});
