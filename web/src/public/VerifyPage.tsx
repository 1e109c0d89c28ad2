import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { publicKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { Facts } from './Facts';
import { FileChooser } from '../layout/FileChooser';
import { publicApi } from './api';
import { Alert } from '../layout/Alert';

/** Anyone verifies a document by the code printed under its QR code, and may check a PDF's bytes. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  const { t, describeError } = useI18n();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const found = useQuery({
    queryKey: publicKeys.document(code),
    queryFn: () => publicApi.document(code),
    enabled: Boolean(code),
  });
  const record = found.data;
  // a check's answer belongs to the document it was made against
  const [checked, setChecked] = useState<{ code: string; matches: boolean } | null>(null);
  const matches = checked?.code === code ? checked.matches : null;
  const [checkError, setCheckError] = useState<string | null>(null);
  const error = found.error ? describeError(found.error) : checkError;

  async function check(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const answer = await publicApi.checkDocument(code, form);
      setChecked({ code, matches: answer.matches });
      setCheckError(null);
    } catch (failure) {
      setCheckError(describeError(failure));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim()) navigate(`/verify/${encodeURIComponent(typed.trim())}`);
  }

  return (
    <main className="page narrow">
      <h1>{t('public.verify.title')}</h1>
      <form className="card row" onSubmit={submit}>
        <label style={{ flex: '1 1 200px' }}>
          {t('public.verify.code')}
          <input name="code" required value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('public.verify.submit')}
        </button>
      </form>
      <Alert>{error}</Alert>
      {record && (
        <section className="card stack" data-testid="document">
          {record.status === 'valid' ? (
            <p className="notice">{t('public.verify.valid')}</p>
          ) : (
            <p className="alert" role="alert">
              {t('public.verify.notValid')}
            </p>
          )}
          <Facts record={record} />
          <FileChooser
            label={t('public.verify.check')}
            accept="application/pdf"
            name="file"
            onChange={(e) => void check(e)}
          />
          {matches !== null && (
            <p role="status" className={matches ? 'notice' : 'alert'}>
              {t(matches ? 'public.verify.matches' : 'public.verify.differs')}
            </p>
          )}
        </section>
      )}
    </main>
  );
}
