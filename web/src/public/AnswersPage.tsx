import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Facts } from './Facts';

type Answer = Record<string, unknown>;

/** Answers the Office published for complaints, newest first as the server orders them. */
export default function AnswersPage() {
  const { t, describeError } = useI18n();
  const [answers, setAnswers] = useState<Answer[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request<{ total: number; answers: Answer[] }>('/api/public/hotline/answers')
      .then((found) => setAnswers(found.answers ?? []),
        (failure: unknown) => setError(describeError(failure)));
  }, [describeError]);

  return (
    <main className="page">
      <h1>{t('public.answers.title')}</h1>
      {error && <p role="alert" className="alert">{error}</p>}
      {answers && answers.length === 0 && <p>{t('public.answers.none')}</p>}
      {answers?.map((answer, index) => (
        <article key={String(answer.trackingNumber ?? index)} className="card" data-testid="answer">
          <Facts record={answer} />
        </article>
      ))}
    </main>
  );
}
