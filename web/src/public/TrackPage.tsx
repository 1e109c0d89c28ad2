import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { publicKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { Facts } from './Facts';
import { CaseProgress } from './CaseProgress';
import { isPermitReference, publicApi, type ComplaintStatus } from './api';
import { ComplaintFollowUp } from './ComplaintFollowUp';
import { Alert } from '../layout/Alert';

/**
 * A citizen looks up their complaint by tracking number, or an applicant their permit application
 * by its reference, with the access code they got with it (numbers are counted up, so the number
 * alone opens nothing): only what the public API tells.
 */
export default function TrackPage() {
  const { trackingNumber = '' } = useParams();
  const [search] = useSearchParams();
  const code = search.get('code') ?? '';
  const { t, describeError } = useI18n();
  const navigate = useNavigate();
  const [number, setNumber] = useState(trackingNumber);
  const [typedCode, setTypedCode] = useState(code);
  const found = useQuery({
    queryKey: publicKeys.status(trackingNumber, code),
    queryFn: () => publicApi.status(trackingNumber, code),
    enabled: Boolean(trackingNumber && code),
  });
  const status = found.data;
  const error = found.error ? describeError(found.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (number.trim() && typedCode.trim()) {
      navigate(
        `/track/${encodeURIComponent(number.trim().toUpperCase())}?code=${encodeURIComponent(typedCode.trim())}`,
      );
    }
  }

  const permit = isPermitReference(trackingNumber);
  return (
    <main className="page narrow">
      <h1>{t('public.track.title')}</h1>
      <form className="card row" onSubmit={submit}>
        <label className="grow">
          {t('public.track.number')}
          <input name="trackingNumber" required value={number} onChange={(e) => setNumber(e.target.value)} />
        </label>
        <label className="grow">
          {t('public.track.code')}
          <input
            name="trackingCode"
            required
            autoComplete="off"
            value={typedCode}
            onChange={(e) => setTypedCode(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('public.track.submit')}
        </button>
      </form>
      <p className="muted">{t('public.track.hint')}</p>
      <Alert>{error}</Alert>
      {status && (
        <section className="card" data-testid="case-status">
          <Facts record={status} omit={['answerDocumentCode', 'certificateCode', 'reopenableUntil']} />
          <CaseProgress status={status} documentLabel={permit ? 'public.track.certificate' : undefined} />
        </section>
      )}
      {status && !permit && <ComplaintFollowUp status={status as ComplaintStatus} code={code} />}
    </main>
  );
}
