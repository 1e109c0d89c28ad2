import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { inbox, type CaseSummary } from '../inbox/api';

/** How long to wait for a number that a service step assigns just after the start. */
const WAIT_MS = 30_000;
const POLL_MS = 1_000;

/** What the start page hands over: the reference Camunda returned, when the model sets one. */
export interface ReceiptState { businessKey?: string | null }

/**
 * The receipt right after a case is filed: the number an operator reads back to the caller
 * or an applicant writes down, large and printable. A tracking number that a service step
 * assigns moments after the start is waited for here.
 */
export default function ReceiptPage() {
  const { processInstanceId = '' } = useParams();
  const { state } = useLocation() as { state: ReceiptState | null };
  const { t, formatDate, describeError } = useI18n();
  const [summary, setSummary] = useState<CaseSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const [filedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    let stopped = false;
    const deadline = Date.now() + WAIT_MS;
    async function poll() {
      try {
        const found = await inbox.caseOf(processInstanceId);
        if (stopped) return;
        setSummary(found);
        if (found.trackingNumber || found.ended) return;
      } catch (failure) {
        if (!stopped) setError(describeError(failure));
        return;
      }
      if (Date.now() < deadline) setTimeout(() => void poll(), POLL_MS);
      else setGaveUp(true);
    }
    void poll();
    return () => { stopped = true; };
  }, [processInstanceId, describeError]);

  const number = summary?.trackingNumber ?? state?.businessKey ?? null;
  return (
    <main className="page receipt">
      <p className="no-print"><Link to="/tasks">← {t('common.back')}</Link></p>
      <h1>{t('receipt.title')}</h1>
      {error && <p role="alert" className="alert">{error}</p>}
      <section className="card" aria-live="polite">
        {number ? (
          <>
            <p>{t('receipt.number')}</p>
            <p className="big-number" data-testid="receipt-number">{number}</p>
            <p className="muted">{t('receipt.readBack')}</p>
          </>
        ) : (
          <p className={gaveUp ? 'alert' : 'muted'} role={gaveUp ? 'alert' : undefined}>
            {t(gaveUp ? 'receipt.numberLate' : 'receipt.waiting')}
          </p>
        )}
        <dl className="facts">
          {summary?.processName && <><dt>{t('receipt.process')}</dt><dd>{summary.processName}</dd></>}
          {summary?.caseTitle && <><dt>{t('task.case')}</dt><dd>{summary.caseTitle}</dd></>}
          <dt>{t('receipt.filedAt')}</dt><dd>{formatDate(filedAt)}</dd>
        </dl>
      </section>
      <p className="no-print">
        <button type="button" className="primary" disabled={!number} onClick={() => window.print()}>{t('receipt.print')}</button>
      </p>
    </main>
  );
}
