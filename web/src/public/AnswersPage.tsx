import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { publicKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { Facts } from './Facts';
import { publicApi } from './api';
import { Alert } from '../layout/Alert';

const PAGE_SIZE = 10;

/**
 * Answers the Office published for complaints, newest first. The server searches (Lao words
 * with or without spaces) and pages; the query and page live in the address, so a result can be shared.
 */
export default function AnswersPage() {
  const { t, describeError } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [typed, setTyped] = useState(query);
  const result = useQuery({
    queryKey: publicKeys.answers(query, page),
    queryFn: () => publicApi.answers({ first: page * PAGE_SIZE, size: PAGE_SIZE, q: query }),
    // the page shown stays until the next one came, as before
    placeholderData: keepPreviousData,
  });
  const found = result.data;
  const error = result.error ? describeError(result.error) : null;

  function go(nextQuery: string, nextPage: number) {
    const next = new URLSearchParams();
    if (nextQuery) next.set('q', nextQuery);
    if (nextPage > 0) next.set('page', String(nextPage));
    setParams(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    go(typed.trim(), 0);
  }

  const pages = found ? Math.max(1, Math.ceil(found.total / PAGE_SIZE)) : 1;
  return (
    <main className="page">
      <h1>{t('public.answers.title')}</h1>
      <form className="card row" role="search" onSubmit={submit}>
        <label className="grow">
          {t('public.answers.search')}
          <input name="q" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('common.search')}
        </button>
      </form>
      <Alert>{error}</Alert>
      {found && found.total === 0 && <p>{t('public.answers.none')}</p>}
      {found && found.total > 0 && (
        <p className="muted" data-testid="answers-count">
          {t('public.answers.count', { total: found.total })}
        </p>
      )}
      {found?.answers.map((answer, index) => (
        <article key={answer.trackingNumber ?? index} className="card" data-testid="answer">
          <Facts record={answer} />
        </article>
      ))}
      {found && pages > 1 && (
        <nav className="row" aria-label={t('public.answers.page', { page: page + 1, pages })}>
          <button type="button" disabled={page === 0} onClick={() => go(query, page - 1)}>
            {t('common.previous')}
          </button>
          <span>{t('public.answers.page', { page: page + 1, pages })}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => go(query, page + 1)}>
            {t('common.next')}
          </button>
        </nav>
      )}
    </main>
  );
}
