import { query, request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** The figures of a set of complaints; the percentages, median and rating are absent while none is answered. */
export type Figures = WithNulls<
  Schemas['HotlineFigures'],
  'onTimePercent' | 'medianWorkingDays' | 'reopenRate' | 'averageRating'
>;
export type FiguresGroup = Omit<Schemas['HotlineFiguresGroup'], 'figures'> & { figures: Figures };
export type FiguresWeek = Schemas['HotlineFiguresWeek'];
/** A dashboard's answer: the period, the totals, one row per group, the weekly trend. */
export type FiguresReport = Omit<
  WithNulls<Schemas['HotlineFiguresReport'], 'organisation' | 'province' | 'category'>,
  'totals' | 'rows'
> & { totals: Figures; rows: FiguresGroup[] };
/** One complaint behind a figure; what is not known yet is null. */
export type FigureCase = WithNulls<
  Schemas['HotlineFigureCase'],
  'number' | 'title' | 'organisation' | 'province' | 'category' | 'deadline' | 'answered'
>;
/** A page of the complaints behind a figure; `next` is absent on the last. */
export type FigureCasePage = { items: FigureCase[]; next?: string };
export type PublicFiguresRow = Partial<
  Pick<Schemas['PublicHotlineFiguresRow'], 'answered' | 'onTimePercent' | 'medianWorkingDays'>
> &
  Omit<Schemas['PublicHotlineFiguresRow'], 'answered' | 'onTimePercent' | 'medianWorkingDays'>;
/** The published figures: per organisation, nothing about small groups (their figures are absent). */
export type PublicFigures = Omit<Schemas['PublicHotlineFigures'], 'organisations'> & {
  organisations: PublicFiguresRow[];
};

/** What a dashboard counts: the period and filters, as the page's address carries them. */
export interface FiguresFilter {
  from?: string;
  to?: string;
  organisation?: string;
  province?: string;
  category?: string;
  groupBy?: string;
}

/** The drill-down states a figure opens. */
export type CaseState = 'overdue' | 'open' | 'answered' | 'reopened';

const base = '/api/figures/hotline';

/** The dashboards' calls; the engine decides which organisations the reader sees. */
export const figuresApi = {
  report: (filter: FiguresFilter) => request<FiguresReport>(`${base}${query({ ...filter })}`),
  cases: (filter: FiguresFilter, state: CaseState, after?: string) =>
    request<FigureCasePage>(`${base}/cases${query({ ...filter, groupBy: undefined, state, size: 50, after })}`),
  publicFigures: () => request<PublicFigures>('/api/public/figures/hotline'),
};

/** Where a download of the figures is: a plain link, so the browser saves the file. */
export function exportUrl(kind: 'csv' | 'xlsx', filter: FiguresFilter, language: 'lo' | 'en'): string {
  return `${base}/hotline.${kind}${query({ ...filter, lang: language })}`;
}

export function monthlyReportUrl(month: string, organisation?: string): string {
  return `${base}/monthly.pdf${query({ month, organisation })}`;
}
