import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { WithQueries } from '../testing/queries';
import CasePrintPage from './CasePrintPage';
import MyCasesPage from './MyCasesPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const complaint = {
  caseId: 'p1',
  caseNumber: '1516-2026-000042',
  caseTitle: 'ໄຟທາງບ້ານນາຊາຍ ດັບ',
  processKey: 'hotline-1516',
  processName: 'ສາຍດ່ວນ 1516',
  state: 'open',
  started: '2026-11-30T02:00:00Z',
  ended: null,
  lastActivity: '2026-12-01T03:00:00Z',
  startedByMe: false,
  workedOnByMe: true,
  followedByMe: false,
};

function renderAt(path: string, language: 'lo' | 'en' = 'lo') {
  render(
    <WithQueries>
      <I18nProvider language={language}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/cases" element={<MyCasesPage />} />
            <Route path="/cases/:caseId/print" element={<CasePrintPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </WithQueries>,
  );
}

describe('my cases', () => {
  it('lists the cases with how the reader takes part, and opens their documents on request', async () => {
    const server = fakeServer({
      'GET /api/inbox/my-cases?state=all&size=20': {
        status: 200,
        body: { items: [complaint], more: false, next: null, size: 20 },
      },
      'GET /api/cases/p1/documents': { status: 200, body: [] },
      'GET /api/inbox/cases/p1/attachments': {
        status: 200,
        body: [{ id: 'a1', name: 'ຮູບ.jpg', type: 'image/jpeg', created: null, taskId: null }],
      },
    });
    renderAt('/cases', 'en');
    const row = await screen.findByText('1516-2026-000042');
    const item = row.closest('li') as HTMLElement;
    expect(within(item).getByText(en['cases.state.open'])).toBeTruthy();
    expect(item.textContent).toContain(en['cases.role.worked']);
    expect(server.calls.some((call) => call.key.startsWith('GET /api/cases/p1/documents'))).toBe(false);
    fireEvent.click(within(item).getByRole('button', { name: en['cases.documents'] }));
    await within(item).findByText('ຮູບ.jpg');
  });

  it('searches by what the reader typed, Lao words as typed', async () => {
    const server = fakeServer({
      'GET /api/inbox/my-cases?state=all&size=20': {
        status: 200,
        body: { items: [], more: false, next: null, size: 20 },
      },
      [`GET /api/inbox/my-cases?q=${encodeURIComponent('ບ້ານນາຊາຍ')}&state=all&size=20`]: {
        status: 200,
        body: { items: [complaint], more: false, next: null, size: 20 },
      },
    });
    renderAt('/cases');
    await screen.findByText(lo['cases.empty']);
    fireEvent.change(screen.getByRole('searchbox', { name: lo['cases.search'] }), {
      target: { value: 'ບ້ານນາຊາຍ' },
    });
    fireEvent.click(screen.getByRole('button', { name: lo['common.search'] }));
    await screen.findByText('1516-2026-000042');
    expect(server.calls.map((call) => call.key)).toContain(
      `GET /api/inbox/my-cases?q=${encodeURIComponent('ບ້ານນາຊາຍ')}&state=all&size=20`,
    );
  });
});

describe('my cases, page by page', () => {
  it('asks for the next page after the last case shown, and goes back to the first', async () => {
    const server = fakeServer({
      'GET /api/inbox/my-cases?state=all&size=20': {
        status: 200,
        body: { items: [complaint], more: true, next: 'c1', size: 20 },
      },
      'GET /api/inbox/my-cases?state=all&after=c1&size=20': {
        status: 200,
        body: {
          items: [{ ...complaint, caseId: 'p2', caseNumber: '1516-2026-000041' }],
          more: false,
          next: null,
          size: 20,
        },
      },
    });
    renderAt('/cases', 'en');
    await screen.findByText('1516-2026-000042');
    fireEvent.click(screen.getByRole('button', { name: en['common.next'] }));
    await screen.findByText('1516-2026-000041');
    expect((screen.getByRole('button', { name: en['common.next'] }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en['common.previous'] }));
    await screen.findByText('1516-2026-000042');
    expect(server.calls.filter((call) => call.key.includes('after=c1'))).toHaveLength(1);
  });
});

describe('print view', () => {
  it('prints a letter as issued: its number, its text and its verification code', async () => {
    fakeServer({
      'GET /api/inbox/cases/p9': {
        status: 200,
        body: {
          processInstanceId: 'p9',
          processDefinitionId: 'd9',
          processKey: 'document-approval',
          processName: null,
          caseTitle: 'ກອງປະຊຸມປະຈຳປີ',
          trackingNumber: 'MOIC-2026-0007',
          activeActivityIds: [],
          ended: true,
        },
      },
      'GET /api/inbox/cases/p9/timeline': {
        status: 200,
        body: [{ time: '2026-11-30T02:00:00Z', kind: 'decision', activityId: 'signOff', decision: 'approve' }],
      },
      'GET /api/cases/p9/documents': {
        status: 200,
        body: [{ id: 'x1', kind: 'letter', serial: 'L-0007', code: 'ABCD-1234', issuedAt: '2026-11-30T03:00:00Z' }],
      },
      'GET /api/inbox/cases/p9/attachments': { status: 200, body: [] },
      'GET /api/cases/p9/letter': {
        status: 200,
        body: {
          caseId: 'p9',
          subject: 'ກອງປະຊຸມປະຈຳປີ',
          letterBody: 'ຮຽນ ທ່ານລັດຖະມົນຕີ',
          ministry: 'moic',
          registryNumber: 'MOIC-2026-0007',
          registeredAt: '2026-11-30T03:00:00Z',
          recipients: ['mof'],
          ended: true,
        },
      },
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderAt('/cases/p9/print', 'en');
    await screen.findByTestId('print-letter');
    expect(screen.getByText('ຮຽນ ທ່ານລັດຖະມົນຕີ')).toBeTruthy();
    expect(screen.getByText('ABCD-1234')).toBeTruthy();
    expect(screen.getAllByText('MOIC-2026-0007').length).toBeGreaterThan(0);
    expect(print).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: en['print.printNow'] }));
    expect(print).toHaveBeenCalledOnce();
  });
});
