import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { inboxKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { lo, type MessageKey } from '../i18n/lo';
import ColleagueSelect from './ColleagueSelect';
import { bulk, inbox, type BulkAction, type BulkResult, type Colleague } from './api';
import { Alert } from '../layout/Alert';

/** Counts of a bulk action's outcomes, in the order they are reported. */
export function tally(result: BulkResult): Record<'done' | 'conflict' | 'refused' | 'failed', number> {
  const counts = { done: 0, conflict: 0, refused: 0, failed: 0 };
  for (const outcome of result.outcomes) counts[outcome.outcome] += 1;
  return counts;
}

/**
 * The action bar of the task list while tasks are selected: claim, give back or hand over all of
 * them at once — or complete them, when they are all one task of a model that allows one answer for
 * all, after the user confirms — then what became of each — done, taken or finished by someone else
 * first, or refused with the engine's reason — in the user's language.
 */
export function BulkBar({
  selected,
  names,
  kinds,
  onDone,
  onClear,
}: {
  selected: string[];
  /** Each selected task's name as the list shows it, to name those that were not done. */
  names: Record<string, string>;
  /** Each selected task's model and task key, as {@code processKey/taskKey}. */
  kinds: Record<string, string>;
  onDone: () => void;
  onClear: () => void;
}) {
  const { t, describeError } = useI18n();
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const first = selected[0] ?? '';
  const completable = useQuery({ queryKey: inboxKeys.bulkCompletable, queryFn: bulk.completable, staleTime: 300_000 });
  const selectedKinds = new Set(selected.map((id) => kinds[id]));
  const canComplete =
    selectedKinds.size === 1 &&
    (completable.data ?? []).some((task) => `${task.processKey}/${task.taskKey}` === [...selectedKinds][0]);

  // colleagues offered for a handover: those of the first chosen task (the engine decides for each)
  useEffect(() => {
    if (!first) return;
    inbox.colleagues(first).then(setColleagues, () => setColleagues([]));
  }, [first]);

  async function run(action: BulkAction) {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      setResult(await bulk.apply(action, selected, action === 'handover' ? chosen : undefined));
      onDone();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const reason = (code: string | null) => {
    if (code === 'invalid-field') return t('error.invalidField');
    const key = `error.${code ?? ''}`;
    return key in lo ? t(key as MessageKey) : t('error.generic');
  };
  const counts = result ? tally(result) : null;
  return (
    <section className="card bulk-bar" aria-label={t('tasks.bulk.title')}>
      {selected.length > 0 && (
        <div className="row">
          <strong>{t('tasks.bulk.selected', { count: selected.length })}</strong>
          <button type="button" className="primary" disabled={busy} onClick={() => void run('claim')}>
            {t('tasks.bulk.claim')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('release')}>
            {t('tasks.bulk.release')}
          </button>
          {colleagues.length > 0 && (
            <>
              <ColleagueSelect
                colleagues={colleagues}
                value={chosen}
                onChange={setChosen}
                name="bulk-colleague"
                basis="0 1 220px"
              />
              <button type="button" disabled={busy || !chosen} onClick={() => void run('handover')}>
                {t('tasks.bulk.handover')}
              </button>
            </>
          )}
          {canComplete && !confirming && (
            <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
              {t('tasks.bulk.complete')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={onClear}>
            {t('tasks.bulk.clear')}
          </button>
        </div>
      )}
      {canComplete && confirming && (
        <div className="row" role="group" aria-label={t('tasks.bulk.complete')}>
          <span>{t('tasks.bulk.completeConfirm', { count: selected.length })}</span>
          <button type="button" className="primary" disabled={busy} onClick={() => void run('complete')}>
            {t('tasks.bulk.completeYes')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <Alert>{error}</Alert>
      {result && counts && (
        <div role="status" className={counts.done === result.outcomes.length ? 'notice' : 'alert'}>
          <p>
            {(['done', 'conflict', 'refused', 'failed'] as const)
              .filter((kind) => counts[kind] > 0)
              .map((kind) => t(`tasks.bulk.${kind}` as MessageKey, { count: counts[kind] }))
              .join(' · ')}
          </p>
          <ul>
            {result.outcomes
              .filter((outcome) => outcome.outcome !== 'done')
              .map((outcome) => (
                <li key={outcome.taskId} data-task-id={outcome.taskId} data-outcome={outcome.outcome}>
                  {names[outcome.taskId] ?? outcome.taskId}: {reason(outcome.code)}
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}
