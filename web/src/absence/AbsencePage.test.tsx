import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import AbsencePage from './AbsencePage';
import { renderPage } from '../testing/renderPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const colleagues = [{ id: 'khamphone.moic', name: 'ຄຳພອນ ຈັນທະວົງ' }];

function renderAbsencePage(language: 'lo' | 'en') {
  renderPage(<AbsencePage />, { language });
}

describe('absence page', () => {
  it('sends the typed day-first dates as calendar days and the chosen colleague', async () => {
    const server = fakeServer({
      'GET /api/absences': { status: 200, body: [] },
      'GET /api/absences/delegates': { status: 200, body: colleagues },
      'POST /api/absences': { status: 201, body: {} },
    });
    renderAbsencePage('lo');
    await screen.findByRole('option', { name: colleagues[0].name });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'khamphone.moic' } });
    fireEvent.change(screen.getByLabelText(lo['absence.from']), { target: { value: '30/11/2026' } });
    fireEvent.change(screen.getByLabelText(lo['absence.until']), { target: { value: '4.12.2026' } });
    fireEvent.click(screen.getByRole('button', { name: lo['absence.save'] }));
    await screen.findByText(lo['absence.saved']);
    const sent = server.calls.find((call) => call.key === 'POST /api/absences');
    expect(JSON.parse(String(sent?.init.body))).toEqual({
      delegate: 'khamphone.moic',
      from: '2026-11-30',
      until: '2026-12-04',
    });
  });

  it("says a refused delegate in the reader's language, not the engine's sentence", async () => {
    fakeServer({
      'GET /api/absences': { status: 200, body: [] },
      'GET /api/absences/delegates': { status: 200, body: colleagues },
      'POST /api/absences': {
        status: 400,
        body: problem(400, 'absence-delegate-outside', 'bouakham.mof is not part of moic'),
      },
    });
    renderAbsencePage('en');
    await screen.findByRole('option', { name: colleagues[0].name });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'khamphone.moic' } });
    fireEvent.change(screen.getByLabelText(en['absence.until']), { target: { value: '04/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: en['absence.save'] }));
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.absence-delegate-outside']);
  });
});
