import { Alert } from '../layout/Alert';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { inboxKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { engine, inbox, type Attachment, type CaseDocument, type CaseSummary, type CaseMessage } from './api';
import { CaseAttachments, CaseDocuments, CaseMessages } from './CaseFiles';
import { CaseTimeline } from './CaseTimeline';
import { useLiveInbox, type LiveEvent } from './liveInbox';
import { FollowToggle } from '../mycases/FollowToggle';
import { ProcessDiagram } from './ProcessDiagram';
import { SlaBadge } from './SlaBadge';
import { TaskActions } from './TaskActions';
import { TaskForm, type Outcome } from './TaskForm';

/** The case's files: what it is, its attachments and the documents it produced. */
interface CaseFiles {
  summary: CaseSummary;
  attachments: Attachment[];
  documents: CaseDocument[];
  messages: CaseMessage[];
}

async function loadCaseFiles(processInstanceId: string): Promise<CaseFiles> {
  const [summary, attachments, documents, messages] = await Promise.all([
    inbox.caseOf(processInstanceId),
    inbox.attachments(processInstanceId),
    inbox.documents(processInstanceId).catch(() => [] as CaseDocument[]),
    inbox.messages(processInstanceId),
  ]);
  return { summary, attachments, documents, messages };
}

/** Everything about one task: its form, its case's diagram, history, files and documents. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, formatDate, describeError, modelName } = useI18n();
  const { session } = useSession();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // what someone else did to this task while it is open here: said at once, the form stays as typed
  const [elsewhere, setElsewhere] = useState<'task.live.completed' | 'task.live.taken' | 'task.live.gone' | null>(null);
  const me = session?.id;
  useLiveInbox(
    useCallback(
      (event: LiveEvent) => {
        if (event.taskId !== taskId) return;
        if (event.name === 'task-removed') setElsewhere(event.completed ? 'task.live.completed' : 'task.live.gone');
        else if (event.name === 'task-changed')
          setElsewhere(event.assignee && event.assignee !== me ? 'task.live.taken' : null);
      },
      [taskId, me],
    ),
  );

  const taskQuery = useQuery({ queryKey: inboxKeys.task(taskId), queryFn: () => engine.task(taskId) });
  const task = taskQuery.data ?? null;
  const processInstanceId = task?.processInstanceId ?? '';
  const deadline = useQuery({
    queryKey: inboxKeys.deadline(taskId),
    queryFn: () => inbox.deadline(taskId),
    enabled: Boolean(task?.due),
  });
  const files = useQuery({
    queryKey: inboxKeys.caseFiles(processInstanceId),
    queryFn: () => loadCaseFiles(processInstanceId),
    enabled: processInstanceId !== '',
  });
  const timeline = useQuery({
    queryKey: inboxKeys.timeline(processInstanceId),
    queryFn: () => inbox.timeline(processInstanceId),
    enabled: processInstanceId !== '',
  });
  const assignee = task?.assignee ?? '';
  const assigneeName = useQuery({
    queryKey: inboxKeys.userName(assignee),
    queryFn: () => engine.userName(assignee).catch(() => assignee),
    enabled: assignee !== '',
    staleTime: Infinity,
  }).data;

  const reloadTask = useCallback(
    () => void client.invalidateQueries({ queryKey: inboxKeys.task(taskId) }),
    [client, taskId],
  );
  // a page already shown stays when a later reload fails: what the user typed is never lost
  const failure = [taskQuery, files, timeline].find((query) => query.error && !query.data)?.error;
  const error = failure ? describeError(failure) : null;

  if (outcome) {
    return (
      <main className="page">
        <p role="status" className={outcome === 'completed' ? 'notice' : 'alert'}>
          {t(outcome === 'completed' ? 'task.completed' : 'task.completedElsewhere')}
        </p>
        <Link to="/tasks">{t('common.back')}</Link>
      </main>
    );
  }
  if (error)
    return (
      <main className="page">
        <Alert>{error}</Alert>
        <Link to="/tasks">{t('common.back')}</Link>
      </main>
    );
  if (!task || !session?.id)
    return (
      <main className="page">
        <p>{t('common.loading')}</p>
      </main>
    );

  const summary = files.data?.summary;
  return (
    <main className="page">
      <p>
        <Link to="/tasks">← {t('common.back')}</Link>
      </p>
      <h1>{modelName(task.taskDefinitionKey, task.name)}</h1>
      <p className="muted">
        {summary && modelName(summary.processKey, summary.processName)}
        {summary?.trackingNumber && (
          <>
            {' '}
            · {t('task.tracking')}: <strong data-testid="tracking-number">{summary.trackingNumber}</strong>
          </>
        )}
        {' · '}
        {formatDate(task.created)}{' '}
        {task.due && <SlaBadge due={task.due} workingDaysLeft={deadline.data?.workingDaysLeft} />}
      </p>
      {summary?.caseTitle && (
        <p>
          <strong>{t('task.case')}:</strong> {summary.caseTitle}
        </p>
      )}
      {elsewhere && (
        <p role="status" className="alert" data-testid="task-elsewhere">
          {t(elsewhere)}
        </p>
      )}
      {task.assignee && <p>{t('task.assignedTo', { name: assigneeName ?? task.assignee })}</p>}
      <p className="row no-print">
        <FollowToggle caseId={task.processInstanceId} />
        <Link data-testid="print-case" to={`/cases/${encodeURIComponent(task.processInstanceId)}/print`}>
          {t('case.print')}
        </Link>
      </p>
      {task.taskDefinitionKey === 'signOff' && (
        <p>
          <a data-testid="letter-preview" href={inbox.letterPreviewUrl(task.id)} target="_blank" rel="noreferrer">
            {t('task.letterPreview')}
          </a>
        </p>
      )}
      <div className="task-layout">
        <div>
          <section className="card">
            <TaskActions task={task} userId={session.id} onChange={reloadTask} />
          </section>
          <TaskForm task={task} userId={session.id} canWork={task.assignee === session.id} onDone={setOutcome} />
          {files.data && (
            <CaseAttachments
              processInstanceId={task.processInstanceId}
              attachments={files.data.attachments}
              onAttach={async (file) => {
                await inbox.attach(task.processInstanceId, task.id, file);
                await client.invalidateQueries({ queryKey: inboxKeys.caseFiles(task.processInstanceId) });
              }}
            />
          )}
          {files.data && <CaseDocuments documents={files.data.documents} />}
          {files.data && <CaseMessages messages={files.data.messages} />}
        </div>
        <div>
          {summary && (
            <ProcessDiagram definitionId={summary.processDefinitionId} activeActivityIds={summary.activeActivityIds} />
          )}
          {timeline.data && (
            <CaseTimeline
              entries={timeline.data}
              onComment={async (text) => {
                await engine.comment(task.id, text);
                await client.invalidateQueries({ queryKey: inboxKeys.timeline(task.processInstanceId) });
              }}
            />
          )}
        </div>
      </div>
    </main>
  );
}
