import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { figuresKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { HOTLINE_CATEGORIES, PROVINCES } from '../vocabulary/vocabulary';
import {
  exportUrl,
  figuresApi,
  monthlyReportUrl,
  type CaseState,
  type Figures,
  type FiguresFilter,
  type FiguresGroup,
} from './api';
import { OnTimeBars, WeeklyTrend } from './Charts';
import { Alert } from '../layout/Alert';

const FILTERS = ['from', 'to', 'organisation', 'province', 'category', 'groupBy'] as const;
const STATES: readonly CaseState[] = ['overdue', 'open', 'answered', 'reopened'];

/**
 * The hotline dashboard for an organisation's supervisors and the Office: filters, the figures as
 * cards, the weekly trend and on-time share as charts, a table per group, the complaints behind
 * a figure, and the exports. The period and filters live in the address, so a drill-down or a
 * reload shows the same; the engine decides which organisations the reader sees.
 */
export default function DashboardPage() {
  const { t, maybe, language, describeError } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: FiguresFilter = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const state = STATES.find((known) => known === params.get('state'));
  const report = useQuery({ queryKey: figuresKeys.report(filter), queryFn: () => figuresApi.report(filter) });
  const data = report.data;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.get(name);
      if (typeof value === 'string' && value) next.set(name, value);
    }
    setParams(next);
  }

  function drillInto(chosen: CaseState | null) {
    const next = new URLSearchParams(params);
    if (chosen) next.set('state', chosen);
    else next.delete('state');
    setParams(next);
  }

  const nameOf = (row: FiguresGroup) =>
    row.code === '' ? t('figures.notRouted') : language === 'en' ? row.en : row.lo;
  const shownFilter: FiguresFilter = data
    ? { ...filter, from: data.from, to: data.to, organisation: data.organisation ?? undefined }
    : filter;
  const month = (data?.to ?? '').slice(0, 7);

  return (
    <main className="page figures">
      <h1>{t('figures.title')}</h1>
      <p className="muted">{t('figures.intro')}</p>
      {report.error && <Alert>{describeError(report.error)}</Alert>}
      {data && (
        // keyed by what it shows, so its fields follow a change of the address (back, a drill-down)
        <form
          key={`${data.from}/${data.to}/${data.organisation}/${data.province}/${data.category}/${data.groupBy}`}
          className="card row"
          onSubmit={apply}
          aria-label={t('figures.show')}
        >
          <label>
            {t('figures.from')}
            <input name="from" type="date" defaultValue={data.from} />
          </label>
          <label>
            {t('figures.to')}
            <input name="to" type="date" defaultValue={data.to} />
          </label>
          <label>
            {t('figures.organisation')}
            <select name="organisation" defaultValue={data.organisation ?? ''}>
              {data.organisations.length > 1 && <option value="">{t('figures.all')}</option>}
              {data.organisations.map((code) => (
                <option key={code} value={code}>
                  {maybe(`org.${code}`) ?? code}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('figures.province')}
            <select name="province" defaultValue={data.province ?? ''}>
              <option value="">{t('figures.all')}</option>
              {PROVINCES.map((term) => (
                <option key={term.code} value={term.code}>
                  {term[language]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('figures.category')}
            <select name="category" defaultValue={data.category ?? ''}>
              <option value="">{t('figures.all')}</option>
              {HOTLINE_CATEGORIES.map((term) => (
                <option key={term.code} value={term.code}>
                  {term[language]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('figures.groupBy')}
            <select name="groupBy" defaultValue={data.groupBy}>
              <option value="organisation">{t('figures.organisation')}</option>
              <option value="province">{t('figures.province')}</option>
              <option value="category">{t('figures.category')}</option>
            </select>
          </label>
          <button type="submit" className="primary">
            {t('figures.show')}
          </button>
        </form>
      )}
      {data && (
        <>
          <FigureCards figures={data.totals} onDrill={drillInto} />
          {state && <CaseList filter={shownFilter} state={state} onClose={() => drillInto(null)} />}
          <section className="card">
            <h2>{t('figures.trend')}</h2>
            <p className="muted">{t('figures.trendLegend')}</p>
            <WeeklyTrend weeks={data.weeks} label={t('figures.trend')} />
          </section>
          <section className="card">
            <h2>{t('figures.onTimeChart')}</h2>
            <OnTimeBars rows={data.rows} nameOf={nameOf} label={t('figures.onTimeChart')} />
          </section>
          <GroupTable rows={data.rows} nameOf={nameOf} />
          <section className="card row" aria-label={t('figures.exports')}>
            <a className="button" href={exportUrl('csv', shownFilter, language)} download>
              {t('figures.csv')}
            </a>
            <a className="button" href={exportUrl('xlsx', shownFilter, language)} download>
              {t('figures.xlsx')}
            </a>
            <a className="button" href={monthlyReportUrl(month, data.organisation ?? undefined)} download>
              {t('figures.monthlyPdf')} {month}
            </a>
          </section>
        </>
      )}
    </main>
  );
}

/** The totals as cards; a count with complaints behind it opens their list. */
function FigureCards({ figures, onDrill }: { figures: Figures; onDrill: (state: CaseState) => void }) {
  const { t } = useI18n();
  const counted = (key: MessageKey, value: number, state: CaseState) => (
    <button type="button" className="figure" data-figure={state} onClick={() => onDrill(state)}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">{t(key)}</span>
    </button>
  );
  const shown = (key: MessageKey, value: string, name: string) => (
    <div className="figure" data-figure={name}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">{t(key)}</span>
    </div>
  );
  return (
    <section className="figure-cards">
      {shown('figures.received', String(figures.received), 'received')}
      {counted('figures.open', figures.open, 'open')}
      {counted('figures.overdue', figures.overdue, 'overdue')}
      {counted('figures.answered', figures.answered, 'answered')}
      {shown('figures.onTime', percent(figures.onTimePercent), 'onTime')}
      {shown('figures.median', number(figures.medianWorkingDays), 'median')}
      {counted('figures.reopened', figures.reopened, 'reopened')}
      {shown('figures.reopenRate', percent(figures.reopenRate), 'reopenRate')}
      {shown('figures.rating', number(figures.averageRating), 'rating')}
    </section>
  );
}

function GroupTable({ rows, nameOf }: { rows: readonly FiguresGroup[]; nameOf: (row: FiguresGroup) => string }) {
  const { t } = useI18n();
  return (
    <table className="figures-table">
      <thead>
        <tr>
          <th>{t('figures.name')}</th>
          <th>{t('figures.received')}</th>
          <th>{t('figures.open')}</th>
          <th>{t('figures.overdue')}</th>
          <th>{t('figures.answered')}</th>
          <th>{t('figures.onTime')}</th>
          <th>{t('figures.median')}</th>
          <th>{t('figures.reopenRate')}</th>
          <th>{t('figures.rating')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code || 'none'} data-group={row.code}>
            <td>{nameOf(row)}</td>
            <td>{row.figures.received}</td>
            <td>{row.figures.open}</td>
            <td>{row.figures.overdue}</td>
            <td>{row.figures.answered}</td>
            <td>{percent(row.figures.onTimePercent)}</td>
            <td>{number(row.figures.medianWorkingDays)}</td>
            <td>{percent(row.figures.reopenRate)}</td>
            <td>
              {number(row.figures.averageRating)}{' '}
              <span className="muted">({t('figures.ratings', { count: row.figures.ratings })})</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The complaints behind a figure, newest first, fifty at a time. */
function CaseList({ filter, state, onClose }: { filter: FiguresFilter; state: CaseState; onClose: () => void }) {
  const { t, maybe, formatDate, describeError } = useI18n();
  const pages = useInfiniteQuery({
    queryKey: figuresKeys.cases(filter, state),
    queryFn: ({ pageParam }) => figuresApi.cases(filter, state, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const [closing, setClosing] = useState(false);
  const title = t('figures.cases', { state: t(`figures.state.${state}`) });
  return (
    <section className="card" aria-label={title} data-cases={state}>
      <h2>{title}</h2>
      {pages.error && <Alert>{describeError(pages.error)}</Alert>}
      {pages.isSuccess && items.length === 0 && <p>{t('figures.noCases')}</p>}
      {items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('figures.number')}</th>
              <th>{t('figures.complaint')}</th>
              <th>{t('figures.organisation')}</th>
              <th>{t('figures.receivedAt')}</th>
              <th>{t('figures.deadline')}</th>
              <th>{t('figures.state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.caseId} data-case={item.number ?? item.caseId}>
                <td>{item.number}</td>
                <td data-user-text>{item.title}</td>
                <td>
                  {item.organisation
                    ? (maybe(`org.${item.organisation}`) ?? item.organisation)
                    : t('figures.notRouted')}
                </td>
                <td>{formatDate(item.received)}</td>
                <td>{formatDate(item.deadline)}</td>
                <td>{t(`figures.state.${item.state}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        {pages.hasNextPage && (
          <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {t('figures.more')}
          </button>
        )}
        <button
          type="button"
          className="link"
          disabled={closing}
          onClick={() => {
            setClosing(true);
            onClose();
          }}
        >
          {t('figures.closeCases')}
        </button>
      </div>
    </section>
  );
}

function percent(value: number | null | undefined): string {
  return value == null ? '–' : `${value}%`;
}

function number(value: number | null | undefined): string {
  return value == null ? '–' : String(value);
}
