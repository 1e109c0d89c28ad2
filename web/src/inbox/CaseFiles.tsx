import { useState, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { inbox, type Attachment, type CaseDocument, type CaseMessage } from './api';
import { FileChooser } from '../layout/FileChooser';
import { Alert } from '../layout/Alert';

/** Files people attached to the case, and a way to attach one more while the task is open. */
export function CaseAttachments({
  processInstanceId,
  attachments,
  onAttach,
}: {
  processInstanceId: string;
  attachments: Attachment[];
  onAttach?: (file: File) => Promise<void>;
}) {
  const { t, formatDate, describeError } = useI18n();
  const [error, setError] = useState<string | null>(null);
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !onAttach) return;
    try {
      await onAttach(file);
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    }
  }
  return (
    <section className="card" aria-label={t('task.section.attachments')}>
      <h2>{t('task.section.attachments')}</h2>
      <Alert>{error}</Alert>
      {attachments.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={inbox.attachmentUrl(processInstanceId, a.id)} download={a.name}>
                {a.name}
              </a>
              {a.created && <span className="muted"> · {formatDate(a.created)}</span>}
            </li>
          ))}
        </ul>
      )}
      {onAttach && <FileChooser label={t('task.attachment.add')} name="attachment" onChange={(e) => void choose(e)} />}
    </section>
  );
}

/** The PDFs the case has produced so far (certificates, letters, answers). */
export function CaseDocuments({ documents }: { documents: CaseDocument[] }) {
  const { t, maybe, formatDate } = useI18n();
  return (
    <section className="card" aria-label={t('task.section.documents')}>
      <h2>{t('task.section.documents')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('task.documents.none')}</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id} data-testid="document">
              <a href={inbox.documentUrl(d.id)} target="_blank" rel="noreferrer">
                {maybe(`kind.${d.kind}`) ?? d.kind} {d.serial}
              </a>
              <span className="muted">
                {' '}
                · {formatDate(d.issuedAt)} · {maybe(`status.${d.status}`) ?? d.status}
              </span>
              <div className="muted">
                {t('field.code')}: <a href={`/verify/${encodeURIComponent(d.code)}`}>{d.code}</a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What became of the case's messages to the citizen, the applicant and the offices: sent, waiting,
 * or failed with the gateway's reason — so the office knows whom to call when a message never arrived.
 */
export function CaseMessages({ messages }: { messages: CaseMessage[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card" aria-label={t('task.section.messages')}>
      <h2>{t('task.section.messages')}</h2>
      {messages.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ul>
          {messages.map((m, index) => (
            <li key={index} data-status={m.status}>
              {t(`task.message.channel.${m.channel}` as MessageKey)} · {m.recipient} ·{' '}
              <span className={m.status === 'failed' ? 'badge overdue' : 'badge on-time'}>
                {t(`task.message.status.${m.status}`)}
              </span>
              <span className="muted"> · {formatDate(m.sentAt ?? m.createdAt)}</span>
              {m.status === 'failed' && m.lastError && (
                // the gateway's own words, quoted as it said them
                <div className="muted" data-user-text>
                  {m.lastError}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
