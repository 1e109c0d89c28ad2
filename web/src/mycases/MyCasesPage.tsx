import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { myCasesKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { myCases, type CaseState, type MyCase, type MyCasesFilter } from './api';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';
import { Alert } from '../layout/Alert';
import { PageTurner, useKeyPages } from '../layout/PageTurner';

const STATES: CaseState[] = ['all', 'open', 'closed'];

function filterOf(params: URLSearchParams): MyCasesFilter {
  const state = params.get('state');
  return { q: params.get('q') ?? '', state: state === 'open' || state === 'closed' ? state : 'all' };
}

/**
 * "My cases": the cases the reader started, worked on or follows, open and closed, newest first,
 * searched by number or words (Lao with or without spaces); each case's documents one click away.
 * The search sits in the address, so a search can be bookmarked and Back returns to it.
 */
export default function MyCasesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const [typed, setTyped] = useState(filter.q);
  function show(next: Partial<MyCasesFilter>) {
    const wanted = { ...filter, ...next };
    const search = new URLSearchParams();
    if (wanted.q) search.set('q', wanted.q);
    if (wanted.state !== 'all') search.set('state', wanted.state);
    setParams(search);
  }
  function search(event: FormEvent) {
    event.preventDefault();
    show({ q: typed.trim() });
  }
  return (
    <main className="page">
      <h1>{t('cases.title')}</h1>
      <p className="muted">{t('cases.intro')}</p>
      <form className="row filters" role="search" onSubmit={search}>
        <input
          type="search"
          name="q"
          aria-label={t('cases.search')}
          placeholder={t('cases.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit">{t('common.search')}</button>
        <label>
          {t('cases.state')}{' '}
          <select name="state" value={filter.state} onChange={(e) => show({ state: e.target.value as CaseState })}>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {t(`cases.state.${state}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {/* a new search starts again at its first page */}
      <MyCasesList key={`${filter.state}|${filter.q}`} filter={filter} />
    </main>
  );
}

/** The pages of one search: each starts after the last case of the one before (kept to go back). */
function MyCasesList({ filter }: { filter: MyCasesFilter }) {
  const { t, describeError } = useI18n();
  const pages = useKeyPages();
  const after = pages.after;
  const cases = useQuery({
    queryKey: myCasesKeys.page(JSON.stringify({ ...filter, after })),
    queryFn: () => myCases.page({ ...filter, after }),
    placeholderData: keepPreviousData,
  });
  const next = cases.data?.next;
  return (
    <>
      {cases.error && <Alert>{describeError(cases.error)}</Alert>}
      {cases.data && cases.data.items.length === 0 && <p className="muted">{t('cases.empty')}</p>}
      {cases.data && cases.data.items.length > 0 && (
        <ul className="my-cases" aria-busy={cases.isFetching}>
          {cases.data.items.map((item) => (
            <MyCaseRow key={item.caseId} item={item} />
          ))}
        </ul>
      )}
      {cases.data && <PageTurner pages={pages} next={next} />}
    </>
  );
}

function MyCaseRow({ item }: { item: MyCase }) {
  const { t, formatDate, modelName } = useI18n();
  const [documents, setDocuments] = useState(false);
  const roles = [
    item.startedByMe && t('cases.role.started'),
    item.workedOnByMe && t('cases.role.worked'),
    item.followedByMe && t('cases.role.follows'),
  ].filter(Boolean);
  return (
    <li className="card my-case" data-case-id={item.caseId} data-state={item.state}>
      <div className="row">
        <Link to={`/cases/${encodeURIComponent(item.caseId)}`} data-testid="my-case-link">
          {item.caseNumber && <strong data-testid="case-number">{item.caseNumber}</strong>}{' '}
          {item.caseTitle ? <span data-user-text>{item.caseTitle}</span> : t('cases.untitled')}
        </Link>
        <span className={`badge state-${item.state}`}>{t(`cases.state.${item.state}`)}</span>
      </div>
      <div className="muted">
        {modelName(item.processKey, item.processName)} · {t('cases.lastActivity')}: {formatDate(item.lastActivity)}
        {roles.length > 0 && <> · {roles.join(', ')}</>}
      </div>
      <div className="row">
        <button
          type="button"
          className="link"
          aria-expanded={documents}
          data-testid="case-documents"
          onClick={() => setDocuments(!documents)}
        >
          {t(documents ? 'cases.documents.hide' : 'cases.documents')}
        </button>
        <Link to={`/cases/${encodeURIComponent(item.caseId)}/print`}>{t('case.print')}</Link>
      </div>
      {documents && <CaseDocumentsPanel caseId={item.caseId} />}
    </li>
  );
}
