import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { inboxKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { ORGANISATIONS, organisationNamesOfGroups } from '../vocabulary/vocabulary';
import { engine, inbox, type ProcessDefinition, type TaskFilter, type TaskPage } from './api';
import { BulkBar } from './BulkBar';
import { filterFromParams, paramsFromFilter } from './filters';
import { useLiveInbox, type LiveEvent } from './liveInbox';
import { SavedFiltersBar } from './SavedFiltersBar';
import { SlaBadge } from './SlaBadge';
import { Alert } from '../layout/Alert';

/**
 * While the live inbox's stream is down, new tasks are looked for this often with a cheap count,
 * and the list reloads when there are some.
 */
const POLL_MS = 10_000;
/**
 * While the stream is open it brings every change; the count is still asked now and then, as
 * the page's one request of its own: it is what finds out that the session has expired.
 */
const LIVE_POLL_MS = 30_000;

/** On a phone the filters start folded, so the tasks are on the first screen. */
const PHONE =
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(max-width: 640px)') : { matches: false };

export default function TaskListPage() {
  const { t, describeError } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const key = params.toString();
  const client = useQueryClient();
  const [arrived, setArrived] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  // the live inbox reloads the list itself; an arrival is also said, as the poll says it
  const live = useLiveInbox(
    useCallback((event: LiveEvent) => {
      if (event.name === 'task-added') setArrived((count) => count + 1);
    }, []),
  );

  const processes = useQuery({
    queryKey: inboxKeys.processes,
    queryFn: () => engine.processDefinitions().catch(() => [] as ProcessDefinition[]),
    staleTime: Infinity,
  });
  // The page shown stays while the next one loads: no flicker when a filter changes. Nothing is
  // kept once the list is left: coming back after finishing a task never shows that task again.
  const tasks = useQuery({
    queryKey: inboxKeys.taskList(key),
    queryFn: ({ signal }) => inbox.tasks(filterFromParams(new URLSearchParams(key)), signal),
    placeholderData: keepPreviousData,
    gcTime: 0,
  });
  const result = tasks.data ?? null;
  const error = tasks.error ? describeError(tasks.error) : null;

  // a cheap count of what arrived since the list was read: every POLL_MS without the live stream
  const since = tasks.isPlaceholderData ? null : (result?.serverTime ?? null);
  const changes = useQuery({
    queryKey: inboxKeys.changes(since),
    queryFn: () => inbox.changes(since ?? ''),
    enabled: since !== null,
    initialData: { newTasks: 0, serverTime: since ?? '' },
    staleTime: live ? LIVE_POLL_MS : POLL_MS,
    refetchInterval: live ? LIVE_POLL_MS : POLL_MS,
    gcTime: 0,
  });
  const newTasks = changes.data.newTasks;
  useEffect(() => {
    if (newTasks > 0) {
      setArrived(newTasks);
      void client.invalidateQueries({ queryKey: inboxKeys.tasks });
    }
  }, [newTasks, client]);
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: inboxKeys.tasks }), [client]);

  // only tasks still on the page stay selected
  const shownIds = useMemo(() => (result?.items ?? []).map((task) => task.id), [result]);
  const chosen = selected.filter((id) => shownIds.includes(id));
  const names = useMemo(
    () => Object.fromEntries((result?.items ?? []).map((task) => [task.id, task.caseTitle ?? task.name])),
    [result],
  );
  const kinds = useMemo(
    () => Object.fromEntries((result?.items ?? []).map((task) => [task.id, `${task.processKey}/${task.taskKey}`])),
    [result],
  );
  const toggle = (taskId: string) =>
    setSelected((now) => (now.includes(taskId) ? now.filter((id) => id !== taskId) : [...now, taskId]));
  const allChosen = shownIds.length > 0 && chosen.length === shownIds.length;

  const update = useCallback(
    (change: Partial<TaskFilter>) => {
      const next = { ...filterFromParams(params), page: 0, ...change };
      setParams(paramsFromFilter(next), { replace: true });
    },
    [params, setParams],
  );

  return (
    <main className="page">
      <h1>{t('tasks.title')}</h1>
      <SavedFiltersBar filter={filter} params={params} onApply={(next) => setParams(next, { replace: true })} />
      <Filters key={filter.q ?? ''} filter={filter} processes={processes.data ?? []} onChange={update} />
      {arrived > 0 && (
        <p className="notice" role="status">
          {t('tasks.newArrived', { count: arrived })}
        </p>
      )}
      <Alert>{error}</Alert>
      {result && (
        <>
          {result.items.length === 0 ? (
            <p>{t('tasks.empty')}</p>
          ) : (
            <>
              <label className="row select-all">
                <input
                  type="checkbox"
                  name="select-all"
                  checked={allChosen}
                  onChange={() => setSelected(allChosen ? [] : shownIds)}
                />
                {t('tasks.selectAll')}
              </label>
              <BulkBar selected={chosen} names={names} kinds={kinds} onDone={reload} onClear={() => setSelected([])} />
              <ul className="task-list">
                {result.items.map((task) => (
                  <TaskRow
                    key={task.id}
                    task={task}
                    onClaimed={reload}
                    selected={chosen.includes(task.id)}
                    onSelect={() => toggle(task.id)}
                  />
                ))}
              </ul>
            </>
          )}
          {(filter.page > 0 || result.more) && (
            <div className="row">
              <button type="button" disabled={filter.page === 0} onClick={() => update({ page: filter.page - 1 })}>
                {t('common.previous')}
              </button>
              <span>{t('tasks.page', { page: filter.page + 1 })}</span>
              <button type="button" disabled={!result.more} onClick={() => update({ page: filter.page + 1 })}>
                {t('tasks.more')}
              </button>
            </div>
          )}
        </>
      )}
    </main>
  );
}

function Filters({
  filter,
  processes,
  onChange,
}: {
  filter: TaskFilter;
  processes: ProcessDefinition[];
  onChange: (change: Partial<TaskFilter>) => void;
}) {
  const { t, language, modelName } = useI18n();
  const [text, setText] = useState(filter.q ?? '');
  return (
    <section className="card" aria-label={t('common.search')}>
      <div className="row" role="tablist">
        {(['all', 'mine', 'groups'] as const).map((scope) => (
          <button
            key={scope}
            type="button"
            role="tab"
            aria-selected={filter.scope === scope}
            className={filter.scope === scope ? 'primary' : ''}
            onClick={() => onChange({ scope })}
          >
            {t(`tasks.scope.${scope}` as MessageKey)}
          </button>
        ))}
      </div>
      <form
        className="row"
        style={{ marginTop: '0.6rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ q: text.trim() });
        }}
      >
        <input
          type="search"
          name="q"
          aria-label={t('tasks.search')}
          placeholder={t('tasks.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ flex: '1 1 200px', width: 'auto' }}
        />
        <button type="submit">{t('common.search')}</button>
      </form>
      <details className="filters" open={!PHONE.matches}>
        <summary>{t('tasks.filters')}</summary>
        <div className="grid" style={{ marginTop: '0.6rem' }}>
          <label>
            {t('tasks.filter.process')}
            <select name="process" value={filter.process} onChange={(e) => onChange({ process: e.target.value })}>
              <option value="">{t('tasks.filter.any')}</option>
              {processes.map((p) => (
                <option key={p.key} value={p.key}>
                  {modelName(p.key, p.name)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('tasks.filter.org')}
            <select name="org" value={filter.org} onChange={(e) => onChange({ org: e.target.value })}>
              <option value="">{t('tasks.filter.any')}</option>
              {ORGANISATIONS.map((org) => (
                <option key={org.code} value={org.code}>
                  {org[language]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('tasks.filter.due')}
            <select
              name="due"
              value={filter.due}
              onChange={(e) => onChange({ due: e.target.value as TaskFilter['due'] })}
            >
              <option value="">{t('tasks.filter.due.any')}</option>
              <option value="overdue">{t('tasks.filter.due.overdue')}</option>
              <option value="soon">{t('tasks.filter.due.soon')}</option>
            </select>
          </label>
          <label>
            {t('tasks.filter.createdAfter')}
            <input
              type="date"
              name="createdAfter"
              value={filter.createdAfter}
              onChange={(e) => onChange({ createdAfter: e.target.value })}
            />
          </label>
          <label>
            {t('tasks.sort')}
            <select
              name="sort"
              value={`${filter.sort}:${filter.order}`}
              onChange={(e) => {
                const [sort, order] = e.target.value.split(':') as [TaskFilter['sort'], TaskFilter['order']];
                onChange({ sort, order });
              }}
            >
              <option value="created:desc">
                {t('tasks.sort.created')} — {t('tasks.order.desc')}
              </option>
              <option value="created:asc">
                {t('tasks.sort.created')} — {t('tasks.order.asc')}
              </option>
              <option value="due:asc">{t('tasks.sort.due')}</option>
              <option value="name:asc">{t('tasks.sort.name')}</option>
            </select>
          </label>
        </div>
      </details>
    </section>
  );
}

function TaskRow({
  task,
  onClaimed,
  selected,
  onSelect,
}: {
  task: TaskPage['items'][number];
  onClaimed: () => void;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, language, formatDate, describeError, modelName } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  // whose work this is, by name: the organisations of the groups it is offered to
  const organisations = organisationNamesOfGroups(task.candidateGroups, language);
  async function claim() {
    try {
      await engine.claim(task.id, session?.id ?? '');
      navigate(`/tasks/${task.id}`);
    } catch (failure) {
      setError(describeError(failure));
      onClaimed();
    }
  }
  return (
    <li className="task-item" data-task-id={task.id} data-task-key={task.taskKey ?? undefined}>
      <input type="checkbox" name="select-task" aria-label={t('tasks.select')} checked={selected} onChange={onSelect} />
      <div className="main">
        <Link className="title" to={`/tasks/${task.id}`}>
          {modelName(task.taskKey, task.name)}
        </Link>
        {task.caseTitle && (
          <span className="case" title={task.caseTitle}>
            {task.caseTitle}
          </span>
        )}
        <span className="muted">
          {[task.processName && modelName(task.processKey, task.processName), task.trackingNumber]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {organisations.length > 0 && (
          <span className="muted" data-field="organisations">
            {organisations.join(' · ')}
          </span>
        )}
      </div>
      <div className="muted">
        <div>
          {t('tasks.created')}: {formatDate(task.created)}
        </div>
        {task.due && (
          <div>
            {t('tasks.due')}: {formatDate(task.due)} <SlaBadge due={task.due} workingDaysLeft={task.workingDaysLeft} />
          </div>
        )}
        <div>{task.assignee ? (task.assigneeName ?? task.assignee) : t('tasks.unassigned')}</div>
        {task.onBehalfOf && (
          <span className="badge" data-field="on-behalf-of">
            {t('tasks.onBehalfOf', { name: task.onBehalfOfName ?? task.onBehalfOf })}
          </span>
        )}
      </div>
      {!task.assignee && (
        <button type="button" onClick={() => void claim()}>
          {t('tasks.claim')}
        </button>
      )}
      <Alert>{error}</Alert>
    </li>
  );
}
