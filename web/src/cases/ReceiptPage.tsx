import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { caseKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { inbox, type CaseReceipt } from '../inbox/api';
import { Alert } from '../layout/Alert';

/** How often, and how many times, to look for a number that a service step assigns just after the start. */
const POLL_MS = 1_000;
const MOST_POLLS = 30;

/** A complaint's receipt before its registration step gave it a tracking number. */
function waitsForNumber(receipt: CaseReceipt | undefined): boolean {
  return (
    !!receipt && !receipt.ended && receipt.processKey === 'hotline-1516' && !/^1516-/.test(receipt.reference ?? '')
  );
}

/** What the start page hands over: the reference Camunda returned, when the model sets one. */
export interface ReceiptState {
  businessKey?: string | null;
}

/**
 * The receipt right after a case is filed: the number an operator reads back to the caller
 * or an applicant writes down, large and printable. A tracking number that a service step
 * assigns moments after the start is waited for here. For a recorded call the operator can
 * give the caller an access code too, and the front office a permit applicant, without which
 * the public tracking page shows nothing.
 */
export default function ReceiptPage() {
  const { processInstanceId = '' } = useParams();
  const { state } = useLocation() as { state: ReceiptState | null };
  const { t, formatDate, describeError, modelName } = useI18n();
  const key = caseKeys.receipt(processInstanceId);
  const found = useQuery({
    queryKey: key,
    queryFn: () => inbox.receipt(processInstanceId),
    // looked for again until the number came, the case ended, a look failed or the polls ran out
    refetchInterval: (query) =>
      query.state.status !== 'error' && waitsForNumber(query.state.data) && query.state.dataUpdateCount < MOST_POLLS
        ? POLL_MS
        : false,
  });
  const receipt = found.data ?? null;
  const polls = useQueryClient().getQueryState(key)?.dataUpdateCount ?? 0;
  const gaveUp = !found.isError && waitsForNumber(found.data) && polls >= MOST_POLLS;
  const waiting = found.isPending || (!found.isError && waitsForNumber(found.data) && !gaveUp);
  const [code, setCode] = useState<string | null>(null);
  const [issueError, setIssueError] = useState<string | null>(null);
  const error = issueError ?? (found.error ? describeError(found.error) : null);

  async function issueCode() {
    setIssueError(null);
    try {
      const issue = receipt?.processKey === 'permit' ? inbox.applicantCode : inbox.callerCode;
      setCode((await issue(processInstanceId)).trackingCode);
    } catch (failure) {
      setIssueError(describeError(failure));
    }
  }

  const number = receipt?.reference ?? state?.businessKey ?? null;
  const open = !!number && !!receipt && !receipt.ended;
  const complaint = open && receipt.processKey === 'hotline-1516';
  const application = open && receipt.processKey === 'permit';
  return (
    <main className="page receipt">
      <p className="no-print">
        <Link to="/tasks">← {t('common.back')}</Link>
      </p>
      <h1>{t('receipt.title')}</h1>
      <Alert>{error}</Alert>
      <section className="card" aria-live="polite">
        {number ? (
          <>
            <p>{t('receipt.number')}</p>
            <p className="big-number" data-testid="receipt-number">
              {number}
            </p>
            {code && (
              <>
                <p>{t('receipt.code')}</p>
                <p className="big-number" data-testid="receipt-code">
                  {code}
                </p>
              </>
            )}
            <p className="muted">{t(receipt?.processKey === 'permit' ? 'receipt.handOver' : 'receipt.readBack')}</p>
          </>
        ) : gaveUp ? (
          <p className="alert" role="alert">
            {t('receipt.numberLate')}
          </p>
        ) : (
          <p className={waiting ? 'muted' : 'notice'} data-testid={waiting ? undefined : 'receipt-recorded'}>
            {t(waiting ? 'receipt.waiting' : 'receipt.recorded')}
          </p>
        )}
        <dl className="facts">
          {receipt?.processName && (
            <>
              <dt>{t('receipt.process')}</dt>
              <dd>{modelName(receipt.processKey, receipt.processName)}</dd>
            </>
          )}
          {receipt && (
            <>
              <dt>{t('receipt.filedAt')}</dt>
              <dd>{formatDate(receipt.filedAt)}</dd>
            </>
          )}
        </dl>
      </section>
      <p className="no-print">
        {(complaint || application) && !code && (
          <button type="button" onClick={() => void issueCode()}>
            {t(application ? 'receipt.issueApplicantCode' : 'receipt.issueCode')}
          </button>
        )}{' '}
        <button type="button" className="primary" disabled={!number} onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
      </p>
      {(complaint || application) && !code && (
        <p className="muted no-print">{t(application ? 'receipt.applicantCodeReplaces' : 'receipt.codeReplaces')}</p>
      )}
    </main>
  );
}
