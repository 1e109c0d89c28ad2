import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import ReceiptPage from './ReceiptPage';

const CASE = {
  processInstanceId: 'p1', processDefinitionId: 'hotline-1516:1:x', processKey: 'hotline-1516', processName: 'ສາຍດ່ວນ 1516',
  caseTitle: 'ຖະໜົນເຂົ້າບ້ານເປ່ເພ', trackingNumber: null as string | null, activeActivityIds: ['registerComplaint'], ended: false,
};

function renderReceipt(state?: unknown) {
  render(
    <I18nProvider language="lo">
      <MemoryRouter initialEntries={[{ pathname: '/receipt/p1', state }]}>
        <Routes><Route path="/receipt/:processInstanceId" element={<ReceiptPage />} /></Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the receipt after filing', () => {
  it('waits for the tracking number that the registration step issues, then shows it to read back', async () => {
    let asked = 0;
    fakeServer({
      'GET /api/inbox/cases/p1': () => ({ status: 200, body: { ...CASE, trackingNumber: ++asked < 2 ? null : '1516-2026-000042' } }),
    });
    renderReceipt();
    expect(await screen.findByText(lo['receipt.waiting'])).toBeTruthy();
    expect((await screen.findByTestId('receipt-number', {}, { timeout: 30_000 })).textContent).toBe('1516-2026-000042');
    expect(screen.getByRole('button', { name: lo['receipt.print'] }).hasAttribute('disabled')).toBe(false);
  });

  it('shows a reference given at the start at once, such as a permit application number', async () => {
    fakeServer({ 'GET /api/inbox/cases/p1': { status: 200, body: { ...CASE, processKey: 'permit', caseTitle: 'ບໍລິສັດ ດາວເຮືອງ' } } });
    renderReceipt({ businessKey: 'APP-2026-000007' });
    expect((await screen.findByTestId('receipt-number')).textContent).toBe('APP-2026-000007');
  });
});
