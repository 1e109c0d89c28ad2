import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { request } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { FileChooser } from '../layout/FileChooser';

interface Deployment {
  id: string;
  name: string | null;
  source: string | null;
  deploymentTime: string;
}

/** Camunda deployments, newest first, and deploying models by upload (administrators only). */
export default function DeploymentsPage() {
  const { t, formatDate, maybe, describeError } = useI18n();
  const [deployments, setDeployments] = useState<Deployment[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    request<Deployment[]>('/engine-rest/deployment?sortBy=deploymentTime&sortOrder=desc&maxResults=100').then(
      setDeployments,
      (failure: unknown) => setError(describeError(failure)),
    );
  }, [describeError]);
  useEffect(reload, [reload]);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    const form = new FormData();
    form.append('deployment-name', files.map((f) => f.name).join(', '));
    form.append('deployment-source', 'web');
    form.append('enable-duplicate-filtering', 'true');
    for (const file of files) form.append(file.name, file);
    try {
      await request('/engine-rest/deployment/create', { form });
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    }
    reload();
  }

  return (
    <main className="page">
      <h1>{t('admin.deployments.title')}</h1>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <section className="card">
        <FileChooser
          label={t('admin.deployments.upload')}
          multiple
          accept=".bpmn,.dmn,.form"
          name="models"
          onChange={(e) => void upload(e)}
        />
      </section>
      <table>
        <thead>
          <tr>
            <th>{t('admin.deployments.name')}</th>
            <th>{t('admin.deployments.source')}</th>
            <th>{t('admin.deployments.time')}</th>
          </tr>
        </thead>
        <tbody>
          {deployments?.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td>{(d.source && maybe(`admin.deployments.source.${d.source}`)) ?? d.source}</td>
              <td>{formatDate(d.deploymentTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
