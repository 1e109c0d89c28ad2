import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { adminKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { FileChooser } from '../layout/FileChooser';
import { adminApi, type Plugin } from './api';
import { Alert } from '../layout/Alert';

/** Plugins: list, upload a new jar, stop one, uninstall one (administrators only). */
export default function PluginsPage() {
  const { t, maybe, describeError } = useI18n();
  const queries = useQueryClient();
  const listed = useQuery({ queryKey: adminKeys.plugins, queryFn: adminApi.plugins });
  const plugins = listed.data;
  const [actionError, setActionError] = useState<string | null>(null);
  const error = actionError ?? (listed.error ? describeError(listed.error) : null);

  /** Does it, then shows the list as it now stands, whether it worked or not. */
  async function act(action: () => Promise<unknown>) {
    try {
      await action();
      setActionError(null);
    } catch (failure) {
      setActionError(describeError(failure));
    }
    await queries.invalidateQueries({ queryKey: adminKeys.plugins });
  }

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    void act(() => adminApi.upload(form));
  }

  return (
    <main className="page">
      <h1>{t('admin.plugins.title')}</h1>
      <Alert>{error}</Alert>
      <section className="card">
        <FileChooser label={t('admin.plugins.upload')} accept=".jar" name="plugin" onChange={upload} />
      </section>
      <table>
        <thead>
          <tr>
            <th>{t('admin.deployments.name')}</th>
            <th>{t('admin.plugins.version')}</th>
            <th>{t('admin.plugins.state')}</th>
            <th>{t('admin.plugins.topics')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {plugins?.map((p) => {
            const name = p.symbolicName;
            return (
              <tr key={p.id}>
                <td>
                  {name}
                  <div className="muted">
                    {t('admin.plugins.origin')}: {maybe(`plugin.origin.${p.origin}`) ?? p.origin}
                  </div>
                </td>
                <td>{p.version}</td>
                <td data-state={p.state}>
                  {maybe(`plugin.state.${p.state}`) ?? p.state}
                  <Failure plugin={p} />
                </td>
                <td>{p.topics.join(', ')}</td>
                <td>
                  <div className="row">
                    {p.state === 'ACTIVE' ? (
                      <button type="button" onClick={() => void act(() => adminApi.stop(p.id))}>
                        {t('admin.plugins.stop')}
                      </button>
                    ) : (
                      <button type="button" onClick={() => void act(() => adminApi.start(p.id))}>
                        {t('admin.plugins.start')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (window.confirm(t('admin.plugins.confirmUninstall', { name }))) {
                          void act(() => adminApi.uninstall(p.id));
                        }
                      }}
                    >
                      {t('admin.plugins.uninstall')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}

/**
 * Why a plugin failed, in the reader's language and what to do about it; the engine's own
 * sentence (English, technical) only folded away underneath, for the administrator who needs it.
 */
function Failure({ plugin }: { plugin: Plugin }) {
  const { t, maybe } = useI18n();
  if (!plugin.lastError && !plugin.failure) return null;
  const said = (plugin.failure && maybe(`plugin.failure.${plugin.failure}`)) ?? t('plugin.failure.OTHER');
  return (
    <div className="field-error" data-failure={plugin.failure ?? 'OTHER'}>
      {plugin.state !== 'FAILED' && <div>{t('plugin.failure.updateRefused')}</div>}
      <div>{said}</div>
      {plugin.lastError && (
        <details className="muted">
          <summary>{t('plugin.failure.detail')}</summary>
          <code lang="en">{plugin.lastError}</code>
        </details>
      )}
    </div>
  );
}
