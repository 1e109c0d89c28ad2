import type { FieldRule } from '../api/client';
import type { Translate } from '../i18n/i18n';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader counts them: ນ້ຳ is one, not three code points. The server counts the same way. */
export function characterCount(text: string): number {
  let count = 0;
  for (const segment of graphemes.segment(text.trim())) {
    void segment;
    count++;
  }
  return count;
}

/** What a text field must hold, as its declaration on the server says. */
export interface TextRule {
  required?: boolean;
  min?: number;
  max?: number;
}

/** The rule a text value breaks, if any (the first of required, min, max). */
export function brokenRule(field: string, value: string, rule: TextRule): FieldRule | undefined {
  const length = characterCount(value);
  if (length === 0) return rule.required ? { field, rule: 'required' } : undefined;
  if (rule.min !== undefined && length < rule.min) return { field, rule: 'min', limit: String(rule.min) };
  if (rule.max !== undefined && length > rule.max) return { field, rule: 'max', limit: String(rule.max) };
  return undefined;
}

/** A broken rule in the reader's language, never the server's English sentence. */
export function describeRule(t: Translate, rule: FieldRule): string {
  switch (rule.rule) {
    case 'required':
      return t('form.required');
    case 'min':
      return t('form.minLength', { value: rule.limit ?? '' });
    case 'max':
      return t('form.maxLength', { value: rule.limit ?? '' });
    case 'oneOf':
      return t('form.oneOf');
    default:
      return t('error.invalidField');
  }
}
