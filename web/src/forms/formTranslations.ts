import { format, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';

/** form-js's own English texts, each with the message that says it in the user's language. */
const FORM_JS_TEXTS: Record<string, MessageKey> = {
  'Field is required.': 'form.required',
  'Field must have minimum length of {value}.': 'form.minLength',
  'Field must have maximum length of {value}.': 'form.maxLength',
  'Field must have minimum value of {value}.': 'form.min',
  'Field must have maximum value of {value}.': 'form.max',
  'Field must match pattern {value}.': 'form.pattern',
  'Field must be a valid email.': 'form.email',
  'Value is not a number.': 'form.notNumber',
  'Value is expected to be an integer.': 'form.integer',
  'Date and time must both be entered.': 'form.dateAndTime',
  Search: 'common.search',
  Select: 'form.select',
  Increment: 'form.increment',
  Decrement: 'form.decrement',
  'No files selected': 'file.none',
  'No results': 'form.noResults',
  'All values selected': 'form.allSelected',
  'Skip to search': 'form.skipToSearch',
  'Remove tag': 'form.removeTag',
};

/**
 * A form-js translate service speaking the app's language: what the app has a message for is
 * said in Lao (or English); anything else keeps form-js's text.
 */
export function formTranslate(t: Translate) {
  return (template: string, replacements: Record<string, string | number> = {}) => {
    const key = FORM_JS_TEXTS[template];
    return key ? t(key, replacements) : format(template, replacements);
  };
}
