import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { inboxKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import ColleagueSelect from './ColleagueSelect';
import { engine, inbox, type EngineTask } from './api';
import { Alert } from '../layout/Alert';

/** Claim, give back, or hand over to a colleague of the same group. */
export function TaskActions({ task, userId, onChange }: { task: EngineTask; userId: string; onChange: () => void }) {
  const { t, describeError } = useI18n();
  // nobody to hand over to when they cannot be listed: the other actions still work
  const colleagues =
    useQuery({
      queryKey: inboxKeys.colleagues(task.id),
      queryFn: () => inbox.colleagues(task.id).catch(() => []),
    }).data ?? [];
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = task.assignee === userId;

  async function act(action: () => Promise<unknown>, done?: string) {
    try {
      await action();
      setError(null);
      setMessage(done ?? null);
      onChange();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const name = colleagues.find((c) => c.id === chosen)?.name ?? chosen;
  return (
    <div className="stack">
      <Alert>{error}</Alert>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <div className="row">
        {!task.assignee && (
          <button type="button" className="primary" onClick={() => void act(() => engine.claim(task.id, userId))}>
            {t('task.claim')}
          </button>
        )}
        {mine && (
          <button type="button" onClick={() => void act(() => engine.unclaim(task.id))}>
            {t('task.unclaim')}
          </button>
        )}
      </div>
      {colleagues.length > 0 && (mine || !task.assignee) && (
        <div className="row">
          <ColleagueSelect
            colleagues={colleagues}
            value={chosen}
            onChange={setChosen}
            name="colleague"
            basis="1 1 200px"
          />
          <button
            type="button"
            disabled={!chosen}
            onClick={() => void act(() => inbox.handOver(task.id, chosen), t('task.handover.done', { name }))}
          >
            {t('task.handover')}
          </button>
        </div>
      )}
    </div>
  );
}
