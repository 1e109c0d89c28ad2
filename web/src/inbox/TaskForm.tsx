import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiFailure, request } from '../api/client';
import { inboxKeys } from '../api/queries';
import { CamundaForm, type FieldError } from '../forms/CamundaForm';
import { clearDraft, loadDraft, saveDraft } from '../forms/drafts';
import { fromEngine, toEngine, type Variables } from '../forms/variables';
import { useI18n } from '../i18n/i18n';
import { engine, inbox, type EngineTask } from './api';
import { formInLanguage } from '../models/formNames';
import { Alert } from '../layout/Alert';

export type Outcome = 'completed' | 'completed-elsewhere';

/**
 * The task's Camunda Form and its completion. Files picked in the form are kept as
 * attachments of the case; the variable then holds their attachment ids. What the user types is
 * kept as a draft in the browser until the task is completed, and the form is loaded once per
 * task: claiming or reloading the task does not rebuild it.
 */
export function TaskForm({
  task,
  userId,
  canWork,
  onDone,
}: {
  task: EngineTask;
  userId: string;
  canWork: boolean;
  onDone: (outcome: Outcome) => void;
}) {
  const { t, language, maybe, describeError } = useI18n();
  const [serverError, setServerError] = useState<FieldError | null>(null);

  // Only what identifies the form: a reloaded task is a new object with the same form.
  const taskId = task.id;
  const hasForm = task.camundaFormRef !== null || (task.formKey ?? '').startsWith('camunda-forms:');
  const form = useQuery({
    queryKey: inboxKeys.taskForm(taskId, hasForm),
    queryFn: async () => {
      const base = `/engine-rest/task/${encodeURIComponent(taskId)}`;
      const [schema, variables] = await Promise.all([
        hasForm ? request<Record<string, unknown>>(`${base}/deployed-form`) : Promise.resolve(null),
        request<Variables>(`${base}/form-variables`),
      ]);
      return { schema, variables };
    },
    // never fetched again while the form is open (that would rebuild it under the user's hands);
    // forgotten once it closes, so the next visit starts from what the server holds then
    staleTime: Infinity,
    gcTime: 0,
  });
  const error = form.error ? describeError(form.error) : null;
  // the same object while the form is open, so form-js keeps what the user typed
  const loaded = useMemo(
    () =>
      form.data && {
        schema: form.data.schema,
        data: { ...fromEngine(form.data.variables), ...loadDraft(userId, taskId) },
      },
    [form.data, userId, taskId],
  );

  async function complete(data: Record<string, unknown>, files: Map<string, File[]>) {
    setServerError(null);
    try {
      const values = await attachFiles(task, data, files);
      await request(`/engine-rest/task/${encodeURIComponent(task.id)}/submit-form`, {
        json: { variables: toEngine(values) },
      });
      clearDraft(userId, task.id);
      onDone('completed');
    } catch (failure) {
      if (await isGone(task.id)) {
        clearDraft(userId, task.id);
        onDone('completed-elsewhere');
      } else if (failure instanceof ApiFailure && failure.status === 400) {
        setServerError({ field: failure.field ?? failure.fields[0]?.field, message: describeError(failure) });
      } else {
        setServerError({ message: describeError(failure) });
      }
    }
  }

  // the same object while the language stays, so form-js keeps what the user typed
  const shown = useMemo(
    () => loaded?.schema && formInLanguage(loaded.schema, language, maybe),
    [loaded, language, maybe],
  );

  if (error) return <Alert>{error}</Alert>;
  if (!loaded) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="card" aria-label={t('task.section.form')}>
      <h2>{t('task.section.form')}</h2>
      {!canWork && <p className="notice">{t('task.claimFirst')}</p>}
      {loaded.schema ? (
        <CamundaForm
          schema={shown ?? loaded.schema}
          data={loaded.data}
          submitLabel={t('task.complete')}
          disabled={!canWork}
          onSubmit={complete}
          serverError={serverError}
          onChange={(data) => saveDraft(userId, task.id, data)}
        />
      ) : (
        <>
          <p className="muted">{t('task.noForm')}</p>
          {serverError && <Alert>{serverError.message}</Alert>}
          <button type="button" className="primary" disabled={!canWork} onClick={() => void complete({}, new Map())}>
            {t('task.complete')}
          </button>
        </>
      )}
    </section>
  );
}

async function attachFiles(task: EngineTask, data: Record<string, unknown>, files: Map<string, File[]>) {
  const values = { ...data };
  for (const [key, value] of Object.entries(data)) {
    const picked = typeof value === 'string' ? files.get(value) : undefined;
    if (!picked) continue;
    const ids: string[] = [];
    for (const file of picked) ids.push((await inbox.attach(task.processInstanceId, task.id, file)).id);
    values[key] = ids;
  }
  return values;
}

/** After a failed completion: is the task simply no longer there (someone else finished it)? */
async function isGone(taskId: string): Promise<boolean> {
  try {
    await engine.task(taskId);
    return false;
  } catch (failure) {
    return failure instanceof ApiFailure && failure.status === 404;
  }
}
