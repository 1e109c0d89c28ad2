import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiFailure, request } from '../api/client';
import { useSession } from '../auth/session';
import { CamundaForm, type FieldError } from '../forms/CamundaForm';
import { toEngine } from '../forms/variables';
import { useI18n } from '../i18n/i18n';
import { engine, type ProcessDefinition } from '../inbox/api';
import type { ReceiptState } from './ReceiptPage';
import { formInLanguage } from '../models/formNames';

/** The processes this user may start, and the start form of the chosen one. */
export default function StartCasePage() {
  const { processKey } = useParams();
  const { t, describeError, modelName } = useI18n();
  const { session } = useSession();
  const [definitions, setDefinitions] = useState<ProcessDefinition[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (session?.id) engine.startable().then(setDefinitions, (failure: unknown) => setError(describeError(failure)));
  }, [session?.id, describeError]);

  if (processKey) return <StartForm processKey={processKey} />;
  return (
    <main className="page">
      <h1>{t('start.title')}</h1>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
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
  const [schema, setSchema] = useState<Record<string, unknown> | null | undefined>(undefined);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const base = `/engine-rest/process-definition/key/${encodeURIComponent(processKey)}`;
  const [data] = useState<Record<string, unknown>>({});
  const shown = useMemo(() => schema && formInLanguage(schema, language, maybe), [schema, language, maybe]);

  useEffect(() => {
    request<Record<string, unknown>>(`${base}/deployed-start-form`).then(setSchema, () => setSchema(null));
  }, [base]);

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
