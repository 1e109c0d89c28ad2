import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import HolidaysPage from './HolidaysPage';
import { renderPage } from '../testing/renderPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const thisYear = new Date().getFullYear();

describe('public holidays page', () => {
  it("lists the year's holidays in Lao and adds one", async () => {
    const piMai = { date: `${thisYear}-04-14`, year: thisYear, nameLo: 'ບຸນປີໃໝ່ລາວ', nameEn: 'Lao New Year (Pi Mai)' };
    const { calls } = fakeServer({
      [`GET /api/admin/holidays?year=${thisYear}`]: { status: 200, body: [piMai] },
      'POST /api/admin/holidays': {
        status: 201,
        body: { date: `${thisYear}-10-20`, year: thisYear, nameLo: 'ບຸນທາດຫຼວງ', nameEn: 'That Luang Festival' },
      },
    });
    renderPage(<HolidaysPage />, { language: 'lo' });
    await screen.findByText('ບຸນປີໃໝ່ລາວ');
    expect(screen.getByRole('heading').textContent).toBe(lo['admin.holidays.title']);

    fireEvent.change(screen.getByLabelText(lo['admin.holidays.date']), { target: { value: `${thisYear}-10-20` } });
    fireEvent.change(screen.getByLabelText(lo['admin.holidays.nameLo']), { target: { value: 'ບຸນທາດຫຼວງ' } });
    fireEvent.change(screen.getByLabelText(lo['admin.holidays.nameEn']), { target: { value: 'That Luang Festival' } });
    fireEvent.click(screen.getByRole('button', { name: lo['admin.holidays.add'] }));

    await waitFor(() => expect(calls.some((c) => c.key === 'POST /api/admin/holidays')).toBe(true));
    const sent = calls.find((c) => c.key === 'POST /api/admin/holidays');
    expect(JSON.parse(String(sent?.init.body))).toEqual({
      date: `${thisYear}-10-20`,
      nameLo: 'ບຸນທາດຫຼວງ',
      nameEn: 'That Luang Festival',
    });
  });

  it("shows the engine's refusal", async () => {
    fakeServer({
      [`GET /api/admin/holidays?year=${thisYear}`]: { status: 200, body: [] },
      'POST /api/admin/holidays': {
        status: 409,
        body: {
          type: 'urn:gflow:problem:holiday-exists',
          title: 'Conflict',
          status: 409,
          detail: 'already a public holiday',
          code: 'holiday-exists',
        },
      },
    });
    renderPage(<HolidaysPage />, { language: 'en' });
    await screen.findByText('No holidays entered for this year yet.');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: `${thisYear}-04-14` } });
    fireEvent.change(screen.getByLabelText('Lao name'), { target: { value: 'ບຸນປີໃໝ່ລາວ' } });
    fireEvent.change(screen.getByLabelText('English name'), { target: { value: 'Pi Mai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the holiday' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
