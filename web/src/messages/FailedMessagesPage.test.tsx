import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import { problem } from '../testing/problems';
import { WithQueries } from '../testing/queries';
import type { FailedMessage } from './api';
import FailedMessagesPage from './FailedMessagesPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const failed: FailedMessage = {
  id: 'm1',
  caseId: 'c1',
  caseNumber: 'HL-2026-000042',
  recipientKind: 'citizen',
  recipient: 'c…@example.la',
  channel: 'email',
  subject: 'ຄຳຕອບຄຳຮ້ອງທຸກ HL-2026-000042',
  attempts: 3,
  reason: '550 mailbox unavailable',
  createdAt: '2026-11-30T08:30:00Z',
};

const FIRST_PAGE = 'GET /api/inbox/failed-messages?size=20';

function renderPage(language: 'lo' | 'en') {
  return render(
    <WithQueries>
      <I18nProvider language={language}>
        <MemoryRouter initialEntries={['/failed-messages']}>
          <FailedMessagesPage />
        </MemoryRouter>
      </I18nProvider>
    </WithQueries>,
  );
}

describe('failed messages', () => {
  it("lists a failure with its case and the gateway's reason, and sends it again", async () => {
    const { calls } = fakeServer({
      [FIRST_PAGE]: { status: 200, body: { items: [failed], next: null } },
      'POST /api/inbox/failed-messages/m1/send-again': { status: 202 },
    });
    renderPage('lo');

    const case_ = await screen.findByRole('link', { name: 'HL-2026-000042' });
    expect(case_.getAttribute('href')).toBe('/cases/c1');
    const row = case_.closest('li') as HTMLElement;
    expect(row.textContent).toContain(lo['task.message.channel.email']);
    expect(row.textContent).toContain('c…@example.la');
    expect(within(row).getByText('550 mailbox unavailable').tagName).toBe('Q');

    fireEvent.click(within(row).getByRole('button', { name: lo['failed.sendAgain'] }));

    expect((await within(row).findByRole('status')).textContent).toBe(lo['failed.sentAgain']);
    expect(within(row).queryByRole('button', { name: lo['failed.sendAgain'] })).toBeNull();
    expect(calls.map((call) => call.key)).toContain('POST /api/inbox/failed-messages/m1/send-again');
  });

  it('says so when someone sent the message again first', async () => {
    fakeServer({
      [FIRST_PAGE]: { status: 200, body: { items: [failed], next: null } },
      'POST /api/inbox/failed-messages/m1/send-again': {
        status: 409,
        body: problem(409, 'message-not-failed', 'The message is pending, not failed.'),
      },
    });
    renderPage('en');

    fireEvent.click(await screen.findByRole('button', { name: en['failed.sendAgain'] }));

    expect((await screen.findByRole('alert')).textContent).toBe(en['error.message-not-failed']);
    expect(screen.getByRole('button', { name: en['failed.sendAgain'] })).toBeTruthy();
  });

  it('tells one who oversees no organisation that the list is not for them', async () => {
    fakeServer({
      [FIRST_PAGE]: {
        status: 403,
        body: problem(403, 'not-messages-overseer', 'Failed messages are for the supervisors.'),
      },
    });
    renderPage('lo');
    expect((await screen.findByRole('alert')).textContent).toBe(lo['error.not-messages-overseer']);
  });

  it('pages on from where the last page ended, and back', async () => {
    const older = { ...failed, id: 'm0', caseId: 'c0', caseNumber: 'HL-2026-000041' };
    const { calls } = fakeServer({
      [FIRST_PAGE]: { status: 200, body: { items: [failed], next: '2026-11-30T08:30:00Z,m1' } },
      'GET /api/inbox/failed-messages?after=2026-11-30T08%3A30%3A00Z%2Cm1&size=20': {
        status: 200,
        body: { items: [older], next: null },
      },
    });
    renderPage('en');
    await screen.findByRole('link', { name: 'HL-2026-000042' });

    fireEvent.click(screen.getByRole('button', { name: en['common.next'] }));

    await screen.findByRole('link', { name: 'HL-2026-000041' });
    expect(calls.map((call) => call.key)).toContain(
      'GET /api/inbox/failed-messages?after=2026-11-30T08%3A30%3A00Z%2Cm1&size=20',
    );
    expect((screen.getByRole('button', { name: en['common.next'] }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en['common.previous'] }));
    await screen.findByRole('link', { name: 'HL-2026-000042' });
  });
});
