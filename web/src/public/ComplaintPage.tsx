import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiFailure, type FieldRule } from '../api/client';
import { brokenRule, describeRule, type TextRule } from '../forms/fieldRules';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { HOTLINE_CATEGORIES, PROVINCES, type Term } from '../vocabulary/vocabulary';
import { publicApi, type Filed } from './api';
import { Alert } from '../layout/Alert';

const FIELDS = ['citizenName', 'citizenPhone', 'citizenEmail', 'province', 'category', 'complaintText'] as const;
type Field = (typeof FIELDS)[number];

/** The complaint's rules as the hotline model declares them; the server checks them again. */
const RULES: Record<Field, TextRule> = {
  province: { required: true },
  category: { required: true },
  complaintText: { required: true, min: 10, max: 4000 },
  citizenName: { max: 200 },
  citizenPhone: { max: 30 },
  citizenEmail: { max: 200 },
};

/** A citizen files a hotline 1516 complaint and gets a tracking number with its access code. */
export default function ComplaintPage() {
  const { t, language, describeError } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({
    citizenName: '',
    citizenPhone: '',
    citizenEmail: '',
    province: '',
    category: '',
    complaintText: '',
  });
  // every wrong field at once, so the citizen corrects them all in one go
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [busy, setBusy] = useState(false);
  const [smsOptOut, setSmsOptOut] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const broken = FIELDS.map((field) => brokenRule(field, values[field], RULES[field])).filter(
      (rule): rule is FieldRule => rule !== undefined,
    );
    setFieldErrors(describe(broken));
    if (broken.length > 0) return;
    setBusy(true);
    try {
      const body = {
        ...Object.fromEntries(
          Object.entries(values)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => [k, v.trim()]),
        ),
        // the case's messages to the citizen are written in the language they filed in
        citizenLanguage: language,
        ...(smsOptOut ? { citizenSmsOptOut: true } : {}),
      };
      setFiled(await publicApi.fileComplaint(body));
    } catch (failure) {
      const rules =
        failure instanceof ApiFailure
          ? failure.fields.length > 0
            ? failure.fields
            : failure.field
              ? [{ field: failure.field, rule: 'invalid' }]
              : []
          : [];
      const shown = describe(rules);
      if (Object.keys(shown).length > 0) {
        setFieldErrors(shown);
      } else {
        setError(describeError(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  function describe(rules: FieldRule[]): Partial<Record<Field, string>> {
    const messages: Partial<Record<Field, string>> = {};
    for (const rule of rules) {
      if ((FIELDS as readonly string[]).includes(rule.field)) messages[rule.field as Field] ??= describeRule(t, rule);
    }
    return messages;
  }

  if (filed) {
    const { trackingNumber, trackingCode } = filed;
    return (
      <main className="page narrow">
        <h1>{t('public.complaint.title')}</h1>
        <div className="card stack" role="status">
          <p>{t('public.complaint.received')}</p>
          <p className="big-number" data-testid="tracking-number">
            {trackingNumber}
          </p>
          <p>{t('public.complaint.code')}</p>
          <p className="big-number" data-testid="tracking-code">
            {trackingCode}
          </p>
          <p>{t('public.complaint.keep')}</p>
          <Link to={`/track/${encodeURIComponent(trackingNumber)}?code=${encodeURIComponent(trackingCode)}`}>
            {t('nav.track')}
          </Link>
        </div>
      </main>
    );
  }

  const input = (field: Field, control: ReactNode) => (
    <label>
      {t(`public.complaint.${field}` as MessageKey)}
      {control}
      {fieldErrors[field] && (
        <span className="field-error" role="alert" data-error-for={field}>
          {fieldErrors[field]}
        </span>
      )}
    </label>
  );
  const set = (field: Field) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });
  const choice = (field: 'province' | 'category', terms: readonly Term[]) =>
    input(
      field,
      <select
        name={field}
        required
        value={values[field]}
        onChange={set(field)}
        aria-invalid={Boolean(fieldErrors[field])}
      >
        <option value="" />
        {terms.map((term) => (
          <option key={term.code} value={term.code}>
            {term[language]}
          </option>
        ))}
      </select>,
    );

  return (
    <main className="page narrow">
      <h1>{t('public.complaint.title')}</h1>
      <p className="muted">{t('public.complaint.intro')}</p>
      <form className="card stack" onSubmit={submit} noValidate>
        <Alert>{error}</Alert>
        {choice('province', PROVINCES)}
        {choice('category', HOTLINE_CATEGORIES)}
        {input(
          'complaintText',
          <textarea
            name="complaintText"
            required
            value={values.complaintText}
            onChange={set('complaintText')}
            aria-invalid={Boolean(fieldErrors.complaintText)}
          />,
        )}
        {input(
          'citizenName',
          <input name="citizenName" value={values.citizenName} onChange={set('citizenName')} autoComplete="name" />,
        )}
        {input(
          'citizenPhone',
          <input
            name="citizenPhone"
            type="tel"
            value={values.citizenPhone}
            onChange={set('citizenPhone')}
            autoComplete="tel"
          />,
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            name="citizenSmsOptOut"
            checked={smsOptOut}
            onChange={(e) => setSmsOptOut(e.target.checked)}
          />
          {t('public.complaint.smsOptOut')}
        </label>
        {input(
          'citizenEmail',
          <input
            name="citizenEmail"
            type="email"
            value={values.citizenEmail}
            onChange={set('citizenEmail')}
            autoComplete="email"
          />,
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('public.complaint.submit')}
        </button>
      </form>
    </main>
  );
}
