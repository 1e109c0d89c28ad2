import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import ComplaintPage from './ComplaintPage';

function renderPage() {
  render(
    <I18nProvider language="lo">
      <MemoryRouter>
        <ComplaintPage />
      </MemoryRouter>
    </I18nProvider>,
  );
}

const TEXT = 'ໄຟຟ້າດັບທຸກມື້ ບໍ່ມີການແກ້ໄຂ';

function fill() {
  fireEvent.change(screen.getByLabelText(lo['public.complaint.province']), { target: { value: 'bokeo' } });
  fireEvent.change(screen.getByLabelText(lo['public.complaint.category']), { target: { value: 'land' } });
  fireEvent.change(screen.getByLabelText(lo['public.complaint.complaintText']), { target: { value: TEXT } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('complaint form', () => {
  it('shows every field the server refused, in Lao, without its English sentence', async () => {
    fakeServer({
      'POST /api/public/hotline/complaints': {
        status: 400,
        body: problem(400, 'invalid-field', "Variable 'complaintText' must be at least 10 characters, got 9", {
          field: 'complaintText',
          fields: [
            { field: 'complaintText', rule: 'min', limit: '10' },
            { field: 'province', rule: 'oneOf' },
          ],
        }),
      },
    });
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    const errors = await screen.findAllByRole('alert');
    expect(errors.map((error) => error.getAttribute('data-error-for'))).toEqual(['province', 'complaintText']);
    expect(errors[1].textContent).toBe(lo['form.minLength'].replace('{value}', '10'));
    expect(errors[0].textContent).toBe(lo['form.oneOf']);
    expect(document.body.textContent).not.toContain('Variable');
    expect(
      screen.getByLabelText(lo['public.complaint.complaintText'], { exact: false }).getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('checks every field before sending, counting Lao characters as a reader does', async () => {
    const server = fakeServer({});
    renderPage();
    // ນ້ຳປະປາ: 7 code points but 5 characters, well short of 10 either way; nothing else filled
    fireEvent.change(screen.getByLabelText(lo['public.complaint.complaintText']), { target: { value: 'ນ້ຳປະປາ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    const errors = screen.getAllByRole('alert');
    expect(errors.map((error) => error.getAttribute('data-error-for'))).toEqual([
      'province',
      'category',
      'complaintText',
    ]);
    expect(errors[0].textContent).toBe(lo['form.required']);
    expect(server.calls).toEqual([]);
  });

  it('sends only what was filled and shows the tracking number with its access code', async () => {
    const server = fakeServer({
      'POST /api/public/hotline/complaints': {
        status: 201,
        body: { trackingNumber: '1516-2026-000042', trackingCode: 'K7QM2XPA' },
      },
    });
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    expect((await screen.findByTestId('tracking-number')).textContent).toBe('1516-2026-000042');
    expect(screen.getByTestId('tracking-code').textContent).toBe('K7QM2XPA');
    expect(screen.getByRole('link', { name: lo['nav.track'] }).getAttribute('href')).toBe(
      '/track/1516-2026-000042?code=K7QM2XPA',
    );
    expect(JSON.parse(String(server.calls[0].init.body))).toEqual({
      province: 'bokeo',
      category: 'land',
      complaintText: TEXT,
      citizenLanguage: 'lo',
    });
  });

  it('says when the citizen wants no SMS', async () => {
    const server = fakeServer({
      'POST /api/public/hotline/complaints': {
        status: 201,
        body: { trackingNumber: '1516-2026-000043', trackingCode: 'K7QM2XPB' },
      },
    });
    renderPage();
    fill();
    fireEvent.click(screen.getByRole('checkbox', { name: lo['public.complaint.smsOptOut'] }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    await screen.findByTestId('tracking-number');
    expect(JSON.parse(String(server.calls[0].init.body))).toMatchObject({ citizenSmsOptOut: true });
  });

  it('says the server cannot be reached instead of failing silently', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderPage();
    fill();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.complaint.submit'] })));
    expect((await screen.findByRole('alert')).textContent).toBe(lo['error.network']);
  });
});
