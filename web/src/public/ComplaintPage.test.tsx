import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import ComplaintPage from './ComplaintPage';

function renderPage() {
  render(<I18nProvider language="lo"><MemoryRouter><ComplaintPage /></MemoryRouter></I18nProvider>);
}

function fill() {
  fireEvent.change(screen.getByLabelText(lo['public.complaint.province']), { target: { value: 'bokeo' } });
  fireEvent.change(screen.getByLabelText(lo['public.complaint.category']), { target: { value: 'land' } });
  fireEvent.change(screen.getByLabelText(lo['public.complaint.complaintText']), { target: { value: 'ສັ້ນ' } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('complaint form', () => {
  it('shows the server refusal on the field it concerns', async () => {
    fakeServer({ 'POST /api/public/hotline/complaints': { status: 400,
      body: { error: 'invalid-field', message: 'ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ', field: 'complaintText' } } });
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    const error = await screen.findByRole('alert');
    expect(error.getAttribute('data-error-for')).toBe('complaintText');
    expect(error.textContent).toContain(lo['error.invalidField']);
    expect(error.textContent).toContain('ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ');
    expect(screen.getByLabelText(lo['public.complaint.complaintText'], { exact: false }).getAttribute('aria-invalid')).toBe('true');
  });

  it('sends only what was filled and shows the tracking number with its access code', async () => {
    const server = fakeServer({ 'POST /api/public/hotline/complaints':
      { status: 201, body: { trackingNumber: '1516-2026-000042', trackingCode: 'K7QM2XPA' } } });
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    expect((await screen.findByTestId('tracking-number')).textContent).toBe('1516-2026-000042');
    expect(screen.getByTestId('tracking-code').textContent).toBe('K7QM2XPA');
    expect(screen.getByRole('link', { name: lo['nav.track'] }).getAttribute('href'))
      .toBe('/track/1516-2026-000042?code=K7QM2XPA');
    expect(JSON.parse(String(server.calls[0].init.body))).toEqual({ province: 'bokeo', category: 'land', complaintText: 'ສັ້ນ' });
  });

  it('says the server cannot be reached instead of failing silently', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    expect((await screen.findByRole('alert')).textContent).toBe(lo['error.network']);
  });
});
