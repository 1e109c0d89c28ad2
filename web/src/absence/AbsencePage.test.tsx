import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import { RequireLogin } from '../auth/session';
import AbsencePage from './AbsencePage';
import { renderPage } from '../testing/renderPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const colleagues = [{ id: 'khamphone.moic', name: 'ຄຳພອນ ຈັນທະວົງ' }];

/** A division head, who oversees no organisation. */
const HEAD = { authenticated: true, id: 'vanh.mtc', name: 'ວັນ ໄຊຍະວົງ', groups: ['mtc-division-heads'], admin: false };
/** A supervisor of the ministry, who may manage a colleague's absences. */
const SUPERVISOR = {
  authenticated: true,
  id: 'lamphone.mtc',
  name: 'ລຳພອນ ໄຊຍະລາດ',
  groups: ['mtc-hotline-supervisors'],
  admin: false,
};
const VANH = { id: 'vanh.mtc', name: 'ວັນ ໄຊຍະວົງ' };
const BOUNTHAVY = { id: 'bounthavy.mtc', name: 'ບຸນທະວີ ຫຼວງລາດ' };
const LAMPHONE = { id: 'lamphone.mtc', name: 'ລຳພອນ ໄຊຍະລາດ' };

function renderAbsencePage(language: 'lo' | 'en') {
  renderPage(
    <RequireLogin>
      <AbsencePage />
    </RequireLogin>,
    { language, at: '/absence', signedIn: true },
  );
}

/** Chooses the delegate, types the first and last day, saves, and answers what the page sent. */
async function saveAbsence(server: ReturnType<typeof fakeServer>, delegate: string, from: string, until: string) {
  const choice = screen.getByRole('combobox', { name: lo['task.handover.choose'] });
  fireEvent.change(choice, { target: { value: delegate } });
  fireEvent.change(screen.getByLabelText(lo['absence.from']), { target: { value: from } });
  fireEvent.change(screen.getByLabelText(lo['absence.until']), { target: { value: until } });
  fireEvent.click(screen.getByRole('button', { name: lo['absence.save'] }));
  await screen.findByText(lo['absence.saved']);
  const sent = server.calls.find((call) => call.key === 'POST /api/absences');
  return JSON.parse(String(sent?.init.body)) as unknown;
}

/** The supervisor's page: their own colleagues to choose from, and Vanh's absences and delegates. */
function supervisorServer(vanhsAbsences: { status: number; body: unknown }) {
  return fakeServer({
    'GET /api/auth/session': { status: 200, body: SUPERVISOR },
    'GET /api/absences': { status: 200, body: [] },
    'GET /api/absences/delegates': { status: 200, body: [BOUNTHAVY, VANH] },
    'GET /api/absences?person=vanh.mtc': vanhsAbsences,
    'GET /api/absences/delegates?person=vanh.mtc': { status: 200, body: [BOUNTHAVY, LAMPHONE] },
    'POST /api/absences': { status: 201, body: {} },
  });
}

describe('absence page', () => {
  it('sends the typed day-first dates as calendar days and the chosen colleague', async () => {
    const server = fakeServer({
      'GET /api/auth/session': { status: 200, body: HEAD },
      'GET /api/absences': { status: 200, body: [] },
      'GET /api/absences/delegates': { status: 200, body: colleagues },
      'POST /api/absences': { status: 201, body: {} },
    });
    renderAbsencePage('lo');
    await screen.findByRole('option', { name: colleagues[0].name });
    expect(await saveAbsence(server, 'khamphone.moic', '30/11/2026', '4.12.2026')).toEqual({
      delegate: 'khamphone.moic',
      from: '2026-11-30',
      until: '2026-12-04',
    });
  });

  it("says a refused delegate in the reader's language, not the engine's sentence", async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: HEAD },
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

  it("lets a supervisor pick a colleague, see the colleague's absences and set one for them", async () => {
    const server = supervisorServer({
      status: 200,
      body: [
        {
          id: 'a1',
          userId: 'vanh.mtc',
          userName: VANH.name,
          delegateId: 'bounthavy.mtc',
          delegateName: BOUNTHAVY.name,
          from: '2026-12-07',
          until: '2026-12-09',
          setBy: 'vanh.mtc',
          current: false,
        },
      ],
    });
    renderAbsencePage('lo');
    const whose = await screen.findByRole('combobox', { name: lo['absence.whose'] });
    await within(whose).findByRole('option', { name: VANH.name });
    fireEvent.change(whose, { target: { value: 'vanh.mtc' } });
    await screen.findByRole('heading', { name: lo['absence.listOf'].replace('{name}', VANH.name) });
    await screen.findByText(new RegExp(BOUNTHAVY.name));
    // the delegates offered are Vanh's colleagues, the supervisor among them
    const delegate = screen.getByRole('combobox', { name: lo['task.handover.choose'] });
    await within(delegate).findByRole('option', { name: LAMPHONE.name });
    expect(await saveAbsence(server, 'lamphone.mtc', '14/12/2026', '18/12/2026')).toEqual({
      person: 'vanh.mtc',
      delegate: 'lamphone.mtc',
      from: '2026-12-14',
      until: '2026-12-18',
    });
  });

  it("says in the reader's language when the engine refuses a colleague's absences", async () => {
    supervisorServer({
      status: 403,
      body: problem(403, 'absence-not-yours', 'Only vanh.mtc, their manager, ... may see or change their absences.'),
    });
    renderAbsencePage('en');
    const whose = await screen.findByRole('combobox', { name: en['absence.whose'] });
    await within(whose).findByRole('option', { name: VANH.name });
    fireEvent.change(whose, { target: { value: 'vanh.mtc' } });
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.absence-not-yours']);
  });

  it('offers no choice of person to someone who oversees no organisation', async () => {
    const server = fakeServer({
      'GET /api/auth/session': { status: 200, body: HEAD },
      'GET /api/absences': { status: 200, body: [] },
      'GET /api/absences/delegates': { status: 200, body: colleagues },
    });
    renderAbsencePage('lo');
    await screen.findByRole('option', { name: colleagues[0].name });
    expect(screen.queryByRole('combobox', { name: lo['absence.whose'] })).toBeNull();
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    expect(server.calls.some((call) => call.key.includes('person='))).toBe(false);
  });
});
