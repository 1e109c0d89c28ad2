import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { failedMessagesKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { Alert } from '../layout/Alert';
import { PageTurner, useKeyPages } from '../layout/PageTurner';
import { failedMessages, type FailedMessage } from './api';

/**
 * The messages that could not be delivered, for good, across the cases a supervisor oversees (the
 * Office: every case), newest first, each with the gateway's reason and its case one click away — so
 * the office can reach the person another way, or send the message again once the address is right.
 */
export default function FailedMessagesPage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('failed.title')}</h1>
      <p className="muted">{t('failed.intro')}</p>
      <FailedMessagesList />
    </main>
  );
}

/** The pages of the list: each starts after the last message of the one before (kept to go back). */
function FailedMessagesList() {
  const { t, describeError } = useI18n();
  const pages = useKeyPages();
  const after = pages.after;
  const page = useQuery({
    queryKey: failedMessagesKeys.page(after),
    queryFn: () => failedMessages.page(after),
    placeholderData: keepPreviousData,
  });
  const next = page.data?.next;
  return (
    <>
      {page.error && <Alert>{describeError(page.error)}</Alert>}
      {page.data && page.data.items.length === 0 && <p className="muted">{t('failed.empty')}</p>}
      {page.data && page.data.items.length > 0 && (
        <ul className="failed-messages" aria-busy={page.isFetching}>
          {page.data.items.map((item) => (
            <FailedMessageRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      {page.data && <PageTurner pages={pages} next={next} />}
    </>
  );
}

/** One failed message; sent again, it stays listed with a word that it was, until the list is read again. */
function FailedMessageRow({ item }: { item: FailedMessage }) {
  const { t, formatDate, describeError } = useI18n();
  const [busy, setBusy] = useState(false);
  const [sentAgain, setSentAgain] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function sendAgain() {
    setBusy(true);
    setError(null);
    try {
      await failedMessages.sendAgain(item.id);
      setSentAgain(true);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <li className="card" data-message-id={item.id}>
      <div className="row">
        {item.caseId ? (
          <Link to={`/cases/${encodeURIComponent(item.caseId)}`} data-testid="failed-message-case">
            {item.caseNumber ?? t('failed.case')}
          </Link>
        ) : (
          <span>{item.caseNumber}</span>
        )}
        <span className="badge overdue">{t('task.message.status.failed')}</span>
      </div>
      <div className="muted">
        {t(`task.message.channel.${item.channel}` as MessageKey)} · {item.recipient} · {formatDate(item.createdAt)} ·{' '}
        {t('failed.attempts', { count: item.attempts })}
      </div>
      {/* the message's subject as it was written for its reader, in their language */}
      <div data-user-text>{item.subject}</div>
      {item.reason && (
        <div className="muted">
          {t('failed.reason')}: {/* the gateway's own words, quoted as it said them */}
          <q data-user-text>{item.reason}</q>
        </div>
      )}
      {sentAgain ? (
        <p className="notice" role="status">
          {t('failed.sentAgain')}
        </p>
      ) : (
        <button type="button" disabled={busy} onClick={() => void sendAgain()}>
          {t('failed.sendAgain')}
        </button>
      )}
      <Alert>{error}</Alert>
    </li>
  );
}
