import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiFailure } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { safeReturnPath, useSession } from './session';
import { Alert } from '../layout/Alert';

export default function LoginPage() {
  const { t, describeError } = useI18n();
  const { login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(params.get('expired') ? t('login.expired') : null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      navigate(safeReturnPath(params.get('next')), { replace: true });
    } catch (failure) {
      setError(failure instanceof ApiFailure && failure.status === 401 ? t('login.failed') : describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page narrow">
      <h1>{t('login.title')}</h1>
      <form onSubmit={submit} className="card stack" aria-label={t('login.title')}>
        <Alert>{error}</Alert>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
