import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import type { TimelineEntry } from './api';
import { Alert } from '../layout/Alert';

/** Who did what and when in the case, oldest first, with the comments in between. */
export function CaseTimeline({
  entries,
  onComment,
}: {
  entries: TimelineEntry[];
  onComment?: (text: string) => Promise<void>;
}) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card" aria-label={t('task.section.timeline')}>
      <h2>{t('task.section.timeline')}</h2>
      <ol className="timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.time}-${index}`} data-kind={entry.kind}>
            <div className="muted">{formatDate(entry.time)}</div>
            <div>
              <TimelineStep entry={entry} />
            </div>
            {entry.text && (
              <div className="comment" data-user-text>
                {entry.text}
              </div>
            )}
          </li>
        ))}
      </ol>
      {onComment && <CommentBox onComment={onComment} />}
    </section>
  );
}

/**
 * One step of the case in a sentence: what happened, at which task, the decision, by whom, on whose behalf, and whom
 * an escalation passed over because they were away.
 */
export function TimelineStep({ entry }: { entry: TimelineEntry }) {
  const { t, maybe, modelName } = useI18n();
  return (
    <>
      <strong>{t(`timeline.${entry.kind}` as MessageKey)}</strong>
      {entry.activityName && <> — {modelName(entry.activityId, entry.activityName)}</>}
      {entry.decision && <> — {maybe(`timeline.decision.${entry.decision}`) ?? entry.decision}</>}
      {(entry.userName || entry.userId) && <> {t('timeline.by', { name: entry.userName ?? entry.userId ?? '' })}</>}
      {entry.onBehalfOf && (
        <span data-field="on-behalf-of">
          {' '}
          {t('timeline.onBehalfOf', { name: entry.onBehalfOfName ?? entry.onBehalfOf })}
        </span>
      )}
      {entry.passedOver && (
        <span data-field="passed-over">
          {' '}
          {t('timeline.passedOver', { name: entry.passedOverName ?? entry.passedOver })}
        </span>
      )}
    </>
  );
}

function CommentBox({ onComment }: { onComment: (text: string) => Promise<void> }) {
  const { t, describeError } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await onComment(text.trim());
      setText('');
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-label={t('task.section.comments')}>
      <Alert>{error}</Alert>
      <textarea
        name="comment"
        aria-label={t('task.comment.placeholder')}
        placeholder={t('task.comment.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{t('task.comment.add')}</button>
    </form>
  );
}
