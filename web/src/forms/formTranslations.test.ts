import { describe, expect, it } from 'vitest';
import { format } from '../i18n/i18n';
import { lo, type MessageKey } from '../i18n/lo';
import { formTranslate } from './formTranslations';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(lo[key], params);

describe('form-js in Lao', () => {
  it('says validation messages in Lao with their values', () => {
    const translate = formTranslate(t);
    expect(translate('Field must have minimum length of {value}.', { value: 10 })).toBe('ຕ້ອງມີຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ.');
    expect(translate('Field is required.')).toBe(lo['form.required']);
  });

  it('keeps form-js text it has no message for, filled in', () => {
    expect(formTranslate(t)('{page} of {total}', { page: 2, total: 5 })).toBe('2 of 5');
  });
});
