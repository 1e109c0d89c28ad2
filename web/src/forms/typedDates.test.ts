import { describe, expect, it } from 'vitest';
import { dateFieldIdOf, formatTypedDate, parseTypedDate } from './typedDates';

describe('typed dates', () => {
  it('reads day-first and ISO dates as the day the user meant', () => {
    for (const typed of ['30/11/2029', '30.11.2029', '30-11-2029', '2029-11-30', ' 30/11/2029 ']) {
      const date = parseTypedDate(typed);
      expect(date && formatTypedDate(date), typed).toBe('30/11/2029');
    }
    expect(formatTypedDate(parseTypedDate('5/6/2029')!)).toBe('05/06/2029');
  });

  it('refuses what it would have to guess instead of changing the date', () => {
    for (const typed of ['11/30/2029', '29/02/2029', '30/11/29', '30/11.2029', 'soon', '']) {
      expect(parseTypedDate(typed), typed).toBeUndefined();
    }
  });

  it("finds the date field behind form-js's input id", () => {
    const schema = {
      components: [
        { id: 'Field_valid', type: 'datetime' },
        { id: 'Field_text', type: 'textfield' },
      ],
    };
    expect(dateFieldIdOf('fjs-form-abc-Field_valid-date', schema)).toBe('Field_valid');
    expect(dateFieldIdOf('fjs-form-abc-Field_text', schema)).toBeUndefined();
  });
});
