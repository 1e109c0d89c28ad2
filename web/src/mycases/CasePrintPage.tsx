import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { inboxKeys, myCasesKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { inbox, type CaseDocument, type TimelineEntry } from '../inbox/api';
import { LETTER_PROCESS, myCases, type PrintedLetter } from './api';
import { loadCaseDocuments } from './CaseDocumentsPanel';
import { TimelineStep } from '../inbox/CaseTimeline';
import { Alert } from '../layout/Alert';

/**
 * A case printed for the paper file: its facts, its documents with their numbers and
 * verification codes, the letter as signed when the case is a letter, and its history with the
 * decisions. The page's own stylesheet lays it out on A4 (`@media print` in styles.css: no
 * navigation, no buttons); the print dialog opens only when the reader asks for it.
 */
export default function CasePrintPage() {
  const { caseId = '' } = useParams();
  const { t, formatDate, describeError, modelName } = useI18n();
  const summary = useQuery({ queryKey: inboxKeys.caseFiles(`summary:${caseId}`), queryFn: () => inbox.caseOf(caseId) });
  const timeline = useQuery({ queryKey: inboxKeys.timeline(caseId), queryFn: () => inbox.timeline(caseId) });
  const files = useQuery({ queryKey: myCasesKeys.documents(caseId), queryFn: () => loadCaseDocuments(caseId) });
  const isLetter = summary.data?.processKey === LETTER_PROCESS;
  const letter = useQuery({
    queryKey: myCasesKeys.letter(caseId),
    queryFn: () => myCases.letter(caseId),
    enabled: isLetter,
  });
  const failure = summary.error ?? timeline.error ?? files.error ?? letter.error;
  if (failure)
    return (
      <main className="page">
        <Alert>{describeError(failure)}</Alert>
        <Link to="/cases">{t('common.back')}</Link>
      </main>
    );
  if (!summary.data || !timeline.data || !files.data || (isLetter && !letter.data))
    return (
      <main className="page">
        <p>{t('common.loading')}</p>
      </main>
    );
  const kase = summary.data;
  const started = timeline.data.find((entry) => entry.kind === 'started')?.time;
  return (
    <main className="page print-sheet" data-testid="print-sheet">
      <p className="row no-print">
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>← {t('common.back')}</Link>
        <button type="button" data-testid="print-now" onClick={() => window.print()}>
          {t('print.printNow')}
        </button>
      </p>
      <header className="print-header">
        <p className="muted">{t('print.title')}</p>
        <h1>
          {modelName(kase.processKey, kase.processName)}
          {kase.trackingNumber && <> — {kase.trackingNumber}</>}
        </h1>
      </header>
      <section className="print-section">
        <dl className="print-facts">
          {kase.trackingNumber && <Fact label={t('case.number')}>{kase.trackingNumber}</Fact>}
          <Fact label={t('case.model')}>{modelName(kase.processKey, kase.processName)}</Fact>
          {kase.caseTitle && <Fact label={t('task.case')}>{kase.caseTitle}</Fact>}
          <Fact label={t('case.state')}>{t(kase.ended ? 'cases.state.closed' : 'cases.state.open')}</Fact>
          {started && <Fact label={t('case.started')}>{formatDate(started)}</Fact>}
        </dl>
      </section>
      {letter.data && <LetterSection letter={letter.data} />}
      <DocumentsSection documents={files.data.documents} />
      <TimelineSection entries={timeline.data} />
      <p className="muted print-footer">{t('print.printedAt', { date: formatDate(new Date().toISOString()) })}</p>
    </main>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function LetterSection({ letter }: { letter: PrintedLetter }) {
  const { t, formatDate, maybe } = useI18n();
  return (
    <section className="print-section print-letter" data-testid="print-letter">
      <h2>{t('print.letter')}</h2>
      <dl className="print-facts">
        {letter.ministry && (
          <Fact label={t('print.ministry')}>{maybe(`org.${letter.ministry}`) ?? letter.ministry}</Fact>
        )}
        <Fact label={t('print.registryNumber')}>{letter.registryNumber ?? t('print.notIssued')}</Fact>
        {letter.registeredAt && <Fact label={t('print.registeredAt')}>{formatDate(letter.registeredAt)}</Fact>}
        {letter.subject && <Fact label={t('print.subject')}>{letter.subject}</Fact>}
        {letter.recipients.length > 0 && (
          <Fact label={t('print.recipients')}>
            {letter.recipients.map((recipient: string) => maybe(`org.${recipient}`) ?? recipient).join(', ')}
          </Fact>
        )}
      </dl>
      {letter.letterBody && <div className="letter-body">{letter.letterBody}</div>}
    </section>
  );
}

function DocumentsSection({ documents }: { documents: CaseDocument[] }) {
  const { t, maybe, formatDate } = useI18n();
  return (
    <section className="print-section">
      <h2>{t('task.section.documents')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('task.documents.none')}</p>
      ) : (
        <table className="print-table">
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} data-testid="print-document">
                <td>
                  {maybe(`kind.${d.kind}`) ?? d.kind} {d.serial}
                </td>
                <td>{formatDate(d.issuedAt)}</td>
                <td>
                  {t('print.verificationCode')}: <strong>{d.code}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TimelineSection({ entries }: { entries: TimelineEntry[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="print-section">
      <h2>{t('task.section.timeline')}</h2>
      <table className="print-table">
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.time}-${index}`} data-kind={entry.kind}>
              <td className="print-when">{formatDate(entry.time)}</td>
              <td>
                <TimelineStep entry={entry} />
                {entry.text && (
                  <div className="comment" data-user-text>
                    {entry.text}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
