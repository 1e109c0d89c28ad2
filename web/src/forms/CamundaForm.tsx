import { useEffect, useRef, useState } from 'react';
import type { Form } from '@bpmn-io/form-js-viewer';
import { useI18n } from '../i18n/i18n';
import { formTranslate } from './formTranslations';
import { fieldIdForKey, fieldLabelForKey } from './variables';
import { dateFieldIdOf, parseTypedDate, readDatesDayFirst } from './typedDates';
import { FORM_JS_PROMPT, translateSelectPrompts } from './selectPrompt';
import { Alert } from '../layout/Alert';

export interface FieldError {
  field?: string;
  message: string;
}

interface Props {
  schema: Record<string, unknown>;
  data: Record<string, unknown>;
  submitLabel: string;
  disabled?: boolean;
  /** Resolves when the server accepted; rejects with a FieldError to show it in place. */
  onSubmit: (data: Record<string, unknown>, files: Map<string, File[]>) => Promise<void>;
  serverError?: FieldError | null;
  /** Told what the form holds after each change, e.g. to keep a draft. */
  onChange?: (data: Record<string, unknown>) => void;
}

type FormWithState = Form & { _getState(): { errors: Record<string, string[]> }; _setState(state: unknown): void };

/**
 * A Camunda Form rendered by form-js. It is built once per schema and data: a parent that
 * re-renders (a claim, a language switch) must pass the same objects, or what the user typed
 * is lost. form-js is loaded on first use only, so pages without a
 * form never download it. Validation runs in form-js first; the server's verdict on a field
 * is then shown under that field too.
 */
export function CamundaForm({ schema, data, submitLabel, disabled = false, onSubmit, serverError, onChange }: Props) {
  const { t, language } = useI18n();
  const languageNow = useRef(language);
  languageNow.current = language;
  // form-js reads its translations once, when the form is built: the current language's.
  const translations = useRef(formTranslate(t));
  translations.current = formTranslate(t);
  const changed = useRef(onChange);
  changed.current = onChange;
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<FormWithState | null>(null);
  const [ready, setReady] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  // Date fields whose typed text could not be read: refused with a message, never guessed.
  const unreadableDates = useRef(new Map<string, string>());
  const onFocusOut = useRef<(event: FocusEvent) => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    let created: Form | null = null;
    let stopPrompts = () => undefined as void;
    const unreadable = unreadableDates.current;
    const noteUnreadable = (event: FocusEvent) => onFocusOut.current(event);
    (async () => {
      const [{ Form }] = await Promise.all([
        import('@bpmn-io/form-js-viewer'),
        import('@bpmn-io/form-js-viewer/dist/assets/form-js.css'),
      ]);
      if (cancelled || !container.current) return;
      readDatesDayFirst(languageNow.current);
      const translate = (template: string, replacements?: Record<string, string | number>) =>
        translations.current(template, replacements);
      created = new Form({ container: container.current, additionalModules: [{ translate: ['value', translate] }] });
      await created.importSchema(schema, data);
      if (cancelled) return;
      stopPrompts = translateSelectPrompts(container.current, () => translations.current(FORM_JS_PROMPT));
      created.on('changed', (state: { data: Record<string, unknown> }) => changed.current?.(state.data));
      form.current = created as FormWithState;
      // Capture phase: read the typed text before the picker clears what it cannot parse.
      container.current.addEventListener('focusout', noteUnreadable, true);
      setReady(true);
    })().catch(() => setInvalid(true));
    const element = container.current;
    return () => {
      cancelled = true;
      stopPrompts();
      element?.removeEventListener('focusout', noteUnreadable, true);
      unreadable.clear();
      created?.destroy();
      form.current = null;
      setReady(false);
    };
  }, [schema, data]);

  useEffect(() => {
    form.current?.setProperty('disabled', disabled || busy);
  }, [disabled, busy, ready]);

  useEffect(() => {
    const current = form.current;
    if (!current || !serverError?.field) return;
    const id = fieldIdForKey(schema, serverError.field);
    if (id) current._setState({ errors: { ...current._getState().errors, [id]: [serverError.message] } });
  }, [serverError, schema, ready]);

  function noteUnreadableDate(event: FocusEvent) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const fieldId = dateFieldIdOf(input.id, schema as Parameters<typeof dateFieldIdOf>[1]);
    if (!fieldId) return;
    if (input.value.trim() && !parseTypedDate(input.value)) {
      unreadableDates.current.set(fieldId, input.value.trim());
      showUnreadableDates();
    } else {
      unreadableDates.current.delete(fieldId);
    }
  }

  onFocusOut.current = noteUnreadableDate;

  function showUnreadableDates() {
    const current = form.current;
    if (!current || unreadableDates.current.size === 0) return;
    const errors = { ...current._getState().errors };
    unreadableDates.current.forEach((text, fieldId) => {
      errors[fieldId] = [t('form.dateUnreadable', { value: text })];
    });
    current._setState({ errors });
  }

  async function submit() {
    if (!form.current) return;
    const result = form.current.submit();
    showUnreadableDates();
    const hasErrors = Object.keys(result.errors).length > 0 || unreadableDates.current.size > 0;
    setInvalid(hasErrors);
    if (hasErrors) return;
    setBusy(true);
    try {
      await onSubmit(result.data, result.files);
    } finally {
      setBusy(false);
    }
  }

  const label = serverError?.field ? fieldLabelForKey(schema, serverError.field) : undefined;
  return (
    <div>
      <div ref={container} className="camunda-form" />
      {!ready && <p className="muted">{t('common.loading')}</p>}
      {invalid && <Alert>{t('task.formInvalid')}</Alert>}
      {serverError && (
        <p role="alert" className="alert" data-field={serverError.field}>
          {label ? `${label}: ` : ''}
          {serverError.message}
        </p>
      )}
      <button type="button" className="primary" disabled={!ready || disabled || busy} onClick={() => void submit()}>
        {submitLabel}
      </button>
    </div>
  );
}
