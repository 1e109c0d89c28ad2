import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import ReceiptPage from './ReceiptPage';
import { renderPage } from '../testing/renderPage';

const CASE = {
  processInstanceId: 'p1',
  processKey: 'hotline-1516',
  processName: 'ສາຍດ່ວນ 1516',
  reference: null as string | null,
  filedAt: '2026-11-30T08:30:00Z',
  ended: false,
};

function renderReceipt(state?: unknown) {
  renderPage(<ReceiptPage />, { at: { pathname: '/receipt/p1', state }, routes: ['/receipt/:processInstanceId'] });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the receipt after filing', () => {
  it('waits for the tracking number that the registration step issues, then shows it to read back', async () => {
    let asked = 0;
    fakeServer({
      'GET /api/inbox/cases/p1/receipt': () => ({
        status: 200,
        body: { ...CASE, reference: ++asked < 2 ? null : '1516-2026-000042' },
      }),
      'POST /api/inbox/cases/p1/tracking-code': {
        status: 200,
        body: { trackingNumber: '1516-2026-000042', trackingCode: 'K7QX2MPA' },
      },
    });
    renderReceipt();
    expect(await screen.findByText(lo['receipt.waiting'])).toBeTruthy();
    expect((await screen.findByTestId('receipt-number', {}, { timeout: 30_000 })).textContent).toBe('1516-2026-000042');
    expect(screen.getByRole('button', { name: lo['receipt.print'] }).hasAttribute('disabled')).toBe(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['receipt.issueCode'] })));
    expect((await screen.findByTestId('receipt-code')).textContent).toBe('K7QX2MPA');
  });

  it('shows a reference given at the start at once, such as a permit application number', async () => {
    fakeServer({
      'GET /api/inbox/cases/p1/receipt': { status: 200, body: { ...CASE, processKey: 'permit', reference: null } },
    });
    renderReceipt({ businessKey: 'APP-2026-000007' });
    expect((await screen.findByTestId('receipt-number')).textContent).toBe('APP-2026-000007');
    expect(screen.queryByRole('button', { name: lo['receipt.issueCode'] })).toBeNull();
  });

  it('gives a permit applicant an access code of their own to print with the reference', async () => {
    const server = fakeServer({
      'GET /api/inbox/cases/p1/receipt': {
        status: 200,
        body: { ...CASE, processKey: 'permit', reference: 'APP-2026-000007' },
      },
      'POST /api/inbox/cases/p1/applicant-code': {
        status: 200,
        body: { trackingNumber: 'APP-2026-000007', trackingCode: 'P4RM1TQX' },
      },
    });
    renderReceipt();
    const issue = await screen.findByRole('button', { name: lo['receipt.issueApplicantCode'] });
    await act(async () => fireEvent.click(issue));
    expect((await screen.findByTestId('receipt-code')).textContent).toBe('P4RM1TQX');
    expect(screen.getByText(lo['receipt.handOver'])).toBeTruthy();
    expect(server.calls.map((call) => call.key)).not.toContain('POST /api/inbox/cases/p1/tracking-code');
  });

  it('says a case without a reference of its own is recorded, such as a letter', async () => {
    fakeServer({
      'GET /api/inbox/cases/p1/receipt': {
        status: 200,
        body: { ...CASE, processKey: 'document-approval', reference: null },
      },
    });
    renderReceipt();
    expect((await screen.findByTestId('receipt-recorded')).textContent).toBe(lo['receipt.recorded']);
  });
});
