import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { engine, inbox, type Attachment, type CaseDocument, type CaseSummary, type EngineTask, type TimelineEntry } from './api';
import { CaseAttachments, CaseDocuments } from './CaseFiles';
import { CaseTimeline } from './CaseTimeline';
import { ProcessDiagram } from './ProcessDiagram';
import { SlaBadge } from './SlaBadge';
import { TaskActions } from './TaskActions';
import { TaskForm, type Outcome } from './TaskForm';

interface CaseView {
  summary: CaseSummary;
  timeline: TimelineEntry[];
  attachments: Attachment[];
  documents: CaseDocument[];
}

async function loadCase(processInstanceId: string): Promise<CaseView> {
  const [summary, timeline, attachments, documents] = await Promise.all([
    inbox.caseOf(processInstanceId),
    inbox.timeline(processInstanceId),
    inbox.attachments(processInstanceId),
    inbox.documents(processInstanceId).catch(() => [] as CaseDocument[]),
  ]);
  return { summary, timeline, attachments, documents };
}

/** Everything about one task: its form, its case's diagram, history, files and documents. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, formatDate, describeError, modelName } = useI18n();
  const { session } = useSession();
  const [task, setTask] = useState<EngineTask | null>(null);
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [assigneeName, setAssigneeName] = useState<string | null>(null);

  const reloadTask = useCallback(() => {
    engine.task(taskId).then(setTask, (failure: unknown) => setError(describeError(failure)));
  }, [taskId, describeError]);

  const processInstanceId = task?.processInstanceId;
  const reloadCase = useCallback(() => {
    if (processInstanceId) loadCase(processInstanceId).then(setView, (failure: unknown) => setError(describeError(failure)));
  }, [processInstanceId, describeError]);

  useEffect(reloadTask, [reloadTask]);
  useEffect(reloadCase, [reloadCase]);
  const assignee = task?.assignee;
  useEffect(() => {
    setAssigneeName(null);
    if (assignee) engine.userName(assignee).then(setAssigneeName, () => setAssigneeName(assignee));
  }, [assignee]);

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
  if (error) return <main className="page"><p role="alert" className="alert">{error}</p><Link to="/tasks">{t('common.back')}</Link></main>;
  if (!task || !session?.id) return <main className="page"><p>{t('common.loading')}</p></main>;

  const summary = view?.summary;
  return (
    <main className="page">
      <p><Link to="/tasks">← {t('common.back')}</Link></p>
      <h1>{modelName(task.taskDefinitionKey, task.name)}</h1>
      <p className="muted">
        {summary && modelName(summary.processKey, summary.processName)}
        {summary?.trackingNumber && <> · {t('task.tracking')}: <strong data-testid="tracking-number">{summary.trackingNumber}</strong></>}
        {' · '}{formatDate(task.created)} {task.due && <SlaBadge due={task.due} />}
      </p>
      {summary?.caseTitle && <p><strong>{t('task.case')}:</strong> {summary.caseTitle}</p>}
      {task.assignee && <p>{t('task.assignedTo', { name: assigneeName ?? task.assignee })}</p>}
      {task.taskDefinitionKey === 'signOff' && (
        <p>
          <a data-testid="letter-preview" href={inbox.letterPreviewUrl(task.id)} target="_blank" rel="noreferrer">
            {t('task.letterPreview')}
          </a>
        </p>
      )}
      <div className="task-layout">
        <div>
          <section className="card"><TaskActions task={task} userId={session.id} onChange={reloadTask} /></section>
          <TaskForm task={task} userId={session.id} canWork={task.assignee === session.id} onDone={setOutcome} />
          {view && (
            <CaseAttachments processInstanceId={task.processInstanceId} attachments={view.attachments}
              onAttach={async (file) => { await inbox.attach(task.processInstanceId, task.id, file); reloadCase(); }} />
          )}
          {view && <CaseDocuments documents={view.documents} />}
        </div>
        <div>
          {summary && <ProcessDiagram definitionId={summary.processDefinitionId} activeActivityIds={summary.activeActivityIds} />}
          {view && (
            <CaseTimeline entries={view.timeline}
              onComment={async (text) => { await engine.comment(task.id, text); reloadCase(); }} />
          )}
        </div>
      </div>
    </main>
  );
}
