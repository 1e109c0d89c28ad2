import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { WithQueries } from '../testing/queries';
import type { Figures, FiguresReport } from './api';
import DashboardPage from './DashboardPage';
import PublicFiguresPage from './PublicFiguresPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const totals: Figures = {
  received: 5,
  open: 1,
  overdue: 1,
  answered: 4,
  answeredOnTime: 3,
  onTimePercent: 75,
  medianWorkingDays: 2,
  reopened: 1,
  reopenRate: 25,
  ratings: 3,
  averageRating: 3.67,
};

const report: FiguresReport = {
  from: '2026-04-01',
  to: '2026-04-30',
  organisation: 'bokeo',
  province: null,
  category: null,
  groupBy: 'organisation',
  totals,
  rows: [{ code: 'bokeo', lo: 'ແຂວງບໍ່ແກ້ວ', en: 'Bokeo Province', figures: totals }],
  weeks: [
    { week: '2026-W14', starts: '2026-03-30', received: 2, answered: 0 },
    { week: '2026-W15', starts: '2026-04-06', received: 1, answered: 0 },
  ],
  organisations: ['bokeo'],
};

const april = 'from=2026-04-01&to=2026-04-30';

function renderAt(path: string, language: 'lo' | 'en', page = <DashboardPage />) {
  return render(
    <WithQueries>
      <I18nProvider language={language}>
        <MemoryRouter initialEntries={[path]}>{page}</MemoryRouter>
      </I18nProvider>
    </WithQueries>,
  );
}

describe('hotline dashboard', () => {
  it('shows the figures as cards, charts and a table, and opens the overdue complaints', async () => {
    const { calls } = fakeServer({
      [`GET /api/figures/hotline?${april}`]: { status: 200, body: report },
      [`GET /api/figures/hotline/cases?${april}&organisation=bokeo&state=overdue&size=50`]: {
        status: 200,
        body: {
          items: [
            {
              caseId: 'c1',
              number: 'HL-2026-000042',
              title: 'ໄຟທາງດັບ',
              organisation: 'bokeo',
              received: '2026-04-02T03:00:00Z',
              deadline: '2026-04-13T09:00:00Z',
              state: 'overdue',
            },
          ],
        },
      },
    });
    renderAt(`/figures/hotline?${april}`, 'lo');

    const label = await screen.findByText(lo['figures.overdue'], { selector: '.figure-label' });
    const overdue = label.closest('button') as HTMLElement;
    expect(overdue.textContent).toBe(`1${lo['figures.overdue']}`);
    expect(screen.getAllByText('75%').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getByRole('table').textContent).toContain('ແຂວງບໍ່ແກ້ວ');

    fireEvent.click(overdue);

    const list = await screen.findByRole('region', {
      name: lo['figures.cases'].replace('{state}', lo['figures.state.overdue']),
    });
    await within(list).findByText('HL-2026-000042');
    expect(calls.map((call) => call.key)).toContain(
      `GET /api/figures/hotline/cases?${april}&organisation=bokeo&state=overdue&size=50`,
    );
  });

  it("says a civil servant who supervises nothing may not see the figures, in the reader's language", async () => {
    fakeServer({
      'GET /api/figures/hotline': {
        status: 403,
        body: {
          type: 'urn:gflow:problem:not-figures-reader',
          title: 'Forbidden',
          status: 403,
          detail: 'The hotline figures are for the supervisors.',
          code: 'not-figures-reader',
        },
      },
    });
    renderAt('/figures/hotline', 'en');
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.not-figures-reader']);
  });
});

describe('public figures', () => {
  it('shows each organisation, and a small one without figures', async () => {
    fakeServer({
      'GET /api/public/figures/hotline': {
        status: 200,
        body: {
          from: '2025-12-02',
          to: '2026-12-01',
          smallestGroup: 5,
          organisations: [
            {
              organisation: 'bokeo',
              lo: 'ແຂວງບໍ່ແກ້ວ',
              en: 'Bokeo Province',
              suppressed: false,
              answered: 12,
              onTimePercent: 83.3,
              medianWorkingDays: 3,
            },
            { organisation: 'mof', lo: 'ກະຊວງການເງິນ', en: 'Ministry of Finance', suppressed: true },
          ],
        },
      },
    });
    renderAt('/figures', 'en', <PublicFiguresPage />);
    await screen.findByText('Bokeo Province');
    expect(screen.getByText('83.3%')).toBeTruthy();
    const small = screen.getByText('Ministry of Finance').closest('tr');
    expect(small?.textContent).toContain(en['figures.public.suppressed']);
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe(en['figures.public.title']));
  });
});
