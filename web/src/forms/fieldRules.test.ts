import { describe, expect, it } from 'vitest';
import { brokenRule, characterCount } from './fieldRules';

describe('field rules', () => {
  it('counts characters as a reader does, like the server', () => {
    expect(characterCount('ນ້ຳປະປາ')).toBe(5);
    expect(characterCount('  abc ')).toBe(3);
  });

  it('names the first rule a value breaks', () => {
    expect(brokenRule('text', '', { required: true })).toEqual({ field: 'text', rule: 'required' });
    expect(brokenRule('text', 'ນ້ຳປະປາ', { min: 6 })).toEqual({ field: 'text', rule: 'min', limit: '6' });
    expect(brokenRule('text', 'ນ້ຳປະປາ', { min: 5, max: 5 })).toBeUndefined();
    expect(brokenRule('name', '', { max: 200 })).toBeUndefined();
  });
});
