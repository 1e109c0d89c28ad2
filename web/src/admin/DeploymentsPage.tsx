import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { adminKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { FileChooser } from '../layout/FileChooser';
import { adminApi } from './api';
import { Alert } from '../layout/Alert';

/** Camunda deployments, newest first, and deploying models by upload (administrators only). */
export default function DeploymentsPage() {
  const { t, formatDate, maybe, describeError } = useI18n();
  const queries = useQueryClient();
  const listed = useQuery({ queryKey: adminKeys.deployments, queryFn: adminApi.deployments });
  const deployments = listed.data;
  const [uploadError, setUploadError] = useState<string | null>(null);
  const error = uploadError ?? (listed.error ? describeError(listed.error) : null);

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
      await adminApi.deploy(form);
      setUploadError(null);
    } catch (failure) {
      setUploadError(describeError(failure));
    }
    await queries.invalidateQueries({ queryKey: adminKeys.deployments });
  }

  return (
    <main className="page">
      <h1>{t('admin.deployments.title')}</h1>
      <Alert>{error}</Alert>
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
