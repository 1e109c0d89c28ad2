import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiFailure, request } from '../api/client';
import { caseKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { CamundaForm, type FieldError } from '../forms/CamundaForm';
import { toEngine } from '../forms/variables';
import { useI18n } from '../i18n/i18n';
import { engine } from '../inbox/api';
import type { ReceiptState } from './ReceiptPage';
import { formInLanguage } from '../models/formNames';
import { Alert } from '../layout/Alert';

/** The processes this user may start, and the start form of the chosen one. */
export default function StartCasePage() {
  const { processKey } = useParams();
  const { t, describeError, modelName } = useI18n();
  const { session } = useSession();
  const userId = session?.id ?? '';
  const startable = useQuery({
    queryKey: caseKeys.startable(userId),
    queryFn: engine.startable,
    enabled: Boolean(userId),
  });
  const definitions = startable.data;
  const error = startable.error ? describeError(startable.error) : null;

  if (processKey) return <StartForm processKey={processKey} />;
  return (
    <main className="page">
      <h1>{t('start.title')}</h1>
      <Alert>{error}</Alert>
      {definitions && definitions.length === 0 && <p>{t('start.none')}</p>}
      <ul className="task-list">
        {definitions?.map((d) => (
          <li key={d.id} className="task-item">
            <Link className="title" to={`/start/${encodeURIComponent(d.key)}`}>
              {modelName(d.key, d.name)}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}

function StartForm({ processKey }: { processKey: string }) {
  const { t, language, maybe, describeError } = useI18n();
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const base = `/engine-rest/process-definition/key/${encodeURIComponent(processKey)}`;
  const form = useQuery({
    queryKey: caseKeys.startForm(processKey),
    // a process without a deployed start form is told as such (null), not as a failure
    queryFn: () => request<Record<string, unknown>>(`${base}/deployed-start-form`).catch(() => null),
  });
  // undefined while it loads
  const schema = form.data;
  const [data] = useState<Record<string, unknown>>({});
  const shown = useMemo(() => schema && formInLanguage(schema, language, maybe), [schema, language, maybe]);

  async function start(values: Record<string, unknown>) {
    setServerError(null);
    try {
      const started = await request<{ id: string; businessKey: string | null }>(`${base}/submit-form`, {
        json: { variables: toEngine(values) },
      });
      navigate(`/receipt/${encodeURIComponent(started.id)}`, {
        state: { businessKey: started.businessKey } satisfies ReceiptState,
      });
    } catch (failure) {
      setServerError(
        failure instanceof ApiFailure && failure.status === 400
          ? { field: failure.field ?? failure.fields[0]?.field, message: describeError(failure) }
          : { message: describeError(failure) },
      );
    }
  }

  return (
    <main className="page">
      <p>
        <Link to="/start">← {t('common.back')}</Link>
      </p>
      <h1>{t('start.title')}</h1>
      {schema === undefined && <p>{t('common.loading')}</p>}
      {schema === null && <p className="alert">{t('start.noForm')}</p>}
      {schema && (
        <section className="card">
          <CamundaForm
            schema={shown ?? schema}
            data={data}
            submitLabel={t('start.submit')}
            onSubmit={start}
            serverError={serverError}
          />
        </section>
      )}
    </main>
  );
}
