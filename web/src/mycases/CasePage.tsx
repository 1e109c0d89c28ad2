import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { inboxKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { inbox } from '../inbox/api';
import { CaseTimeline } from '../inbox/CaseTimeline';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';
import { FollowToggle } from './FollowToggle';
import { Alert } from '../layout/Alert';

/**
 * One case, for who may open it (a case they may not read is not found): what it is, where it
 * stands, its documents and history; follow it, or print it for the paper file.
 */
export default function CasePage() {
  const { caseId = '' } = useParams();
  const { t, formatDate, describeError, modelName } = useI18n();
  const summary = useQuery({ queryKey: inboxKeys.caseFiles(`summary:${caseId}`), queryFn: () => inbox.caseOf(caseId) });
  const timeline = useQuery({ queryKey: inboxKeys.timeline(caseId), queryFn: () => inbox.timeline(caseId) });
  const failure = summary.error ?? timeline.error;
  if (failure)
    return (
      <main className="page">
        <Alert>{describeError(failure)}</Alert>
        <Link to="/cases">{t('common.back')}</Link>
      </main>
    );
  if (!summary.data)
    return (
      <main className="page">
        <p>{t('common.loading')}</p>
      </main>
    );
  const kase = summary.data;
  const started = timeline.data?.find((entry) => entry.kind === 'started')?.time;
  return (
    <main className="page">
      <p>
        <Link to="/cases">← {t('nav.cases')}</Link>
      </p>
      <h1>
        {kase.trackingNumber && <span data-testid="tracking-number">{kase.trackingNumber}</span>}{' '}
        {kase.caseTitle ? <span data-user-text>{kase.caseTitle}</span> : t('case.title')}
      </h1>
      <p className="muted">
        {modelName(kase.processKey, kase.processName)} · {t(kase.ended ? 'cases.state.closed' : 'cases.state.open')}
        {started && (
          <>
            {' '}
            · {t('case.started')}: {formatDate(started)}
          </>
        )}
      </p>
      <p className="row">
        <FollowToggle caseId={caseId} />
        <Link className="button" data-testid="print-case" to={`/cases/${encodeURIComponent(caseId)}/print`}>
          {t('case.print')}
        </Link>
      </p>
      <div className="task-layout">
        <div>
          <CaseDocumentsPanel caseId={caseId} />
        </div>
        <div>{timeline.data && <CaseTimeline entries={timeline.data} />}</div>
      </div>
    </main>
  );
}
