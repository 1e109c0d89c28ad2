import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lo } from '../i18n/lo';
import { vocabularyMessages } from '../vocabulary/vocabulary';
import { fakeServer } from '../testing/fakeServer';
import TrackPage from './TrackPage';
import { renderPage } from '../testing/renderPage';

/** Names of codes come from the one vocabulary, not the message files. */
const names = vocabularyMessages('lo');

function renderAt(path: string) {
  renderPage(<TrackPage />, { at: path, routes: ['/track', '/track/:trackingNumber'] });
}

const STATUS = '/api/public/hotline/complaints/1516-2026-000042?code=K7QM2XPA';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('track page', () => {
  it('asks for the tracking number and the access code and looks up both together', async () => {
    const server = fakeServer({
      [`GET ${STATUS}`]: { status: 200, body: { trackingNumber: '1516-2026-000042', stage: 'RECEIVED' } },
    });
    renderAt('/track');
    fireEvent.change(screen.getByLabelText(lo['public.track.number']), { target: { value: ' 1516-2026-000042 ' } });
    fireEvent.change(screen.getByLabelText(lo['public.track.code']), { target: { value: 'K7QM2XPA' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.track.submit'] })));
    await screen.findByTestId('case-status');
    expect(server.calls.map((call) => call.key)).toEqual([`GET ${STATUS}`]);
  });

  it('shows the steps in Lao and a link to the answer PDF instead of the document code', async () => {
    fakeServer({
      [`GET ${STATUS}`]: {
        status: 200,
        body: {
          trackingNumber: '1516-2026-000042',
          stage: 'ANSWERED',
          answerDocumentCode: 'AB12-CD34',
          timeline: [
            { stage: 'RECEIVED', at: '2026-11-02T03:00:00Z' },
            { stage: 'ANSWERED', at: '2026-11-09T03:00:00Z' },
          ],
        },
      },
    });
    renderAt('/track/1516-2026-000042?code=K7QM2XPA');
    const link = await screen.findByTestId('answer-pdf');
    expect(link.getAttribute('href')).toBe('/api/public/documents/AB12-CD34/pdf');
    expect(link.textContent).toBe(lo['public.track.download']);
    const steps = screen.getByRole('list', { name: lo['public.track.timeline'] });
    expect(steps.textContent).toContain(lo['stage.RECEIVED']);
    expect(steps.textContent).toContain(lo['stage.ANSWERED']);
    expect(screen.getByTestId('case-status').textContent).not.toContain('answerDocumentCode');
    expect(screen.getByTestId('case-status').textContent).not.toContain('AB12-CD34');
  });

  it('looks a permit application up by its reference and offers its certificate', async () => {
    const permit = '/api/public/permits/APP-2026-000042?code=P4RM1TQX';
    const server = fakeServer({
      [`GET ${permit}`]: {
        status: 200,
        body: {
          reference: 'APP-2026-000042',
          stage: 'GRANTED',
          permitType: 'business-licence',
          ministry: 'moic',
          certificateCode: 'CERT-CODE',
          timeline: [
            { stage: 'RECEIVED', at: '2026-11-02T03:00:00Z' },
            { stage: 'GRANTED', at: '2026-11-09T03:00:00Z' },
          ],
        },
      },
    });
    renderAt('/track');
    fireEvent.change(screen.getByLabelText(lo['public.track.number']), { target: { value: 'app-2026-000042' } });
    fireEvent.change(screen.getByLabelText(lo['public.track.code']), { target: { value: 'P4RM1TQX' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.track.submit'] })));
    const link = await screen.findByTestId('answer-pdf');
    expect(server.calls.map((call) => call.key)).toEqual([`GET ${permit}`]);
    expect(link.getAttribute('href')).toBe('/api/public/documents/CERT-CODE/pdf');
    expect(link.textContent).toBe(lo['public.track.certificate']);
    const status = screen.getByTestId('case-status').textContent;
    expect(status).toContain(lo['stage.GRANTED']);
    expect(status).toContain(names['org.moic']);
    expect(status).toContain(names['permitType.business-licence']);
    expect(status).not.toContain('CERT-CODE');
  });

  it('asks nothing of the server with the number alone', async () => {
    const server = fakeServer({});
    renderAt('/track/1516-2026-000042');
    expect((screen.getByLabelText(lo['public.track.number']) as HTMLInputElement).value).toBe('1516-2026-000042');
    expect(screen.getByLabelText(lo['public.track.code']).hasAttribute('required')).toBe(true);
    expect(server.calls).toEqual([]);
  });

  it('lets the citizen rate an answered complaint and reopen it, and shows the case back with the body', async () => {
    const answered = {
      trackingNumber: '1516-2026-000042',
      stage: 'ANSWERED',
      reopenableUntil: '2026-11-23T03:00:00Z',
      timeline: [{ stage: 'ANSWERED', at: '2026-11-09T03:00:00Z' }],
    };
    const reopenPath = '/api/public/hotline/complaints/1516-2026-000042/reopen';
    const ratingPath = '/api/public/hotline/complaints/1516-2026-000042/rating';
    const server = fakeServer({
      [`GET ${STATUS}`]: { status: 200, body: answered },
      [`POST ${ratingPath}`]: { status: 200, body: { ...answered, rating: 2 } },
      [`POST ${reopenPath}`]: (init) =>
        JSON.parse(String(init.body)).reason.length < 10
          ? { status: 400, body: { code: 'invalid-field', field: 'reason' } }
          : {
              status: 200,
              body: {
                trackingNumber: '1516-2026-000042',
                stage: 'WITH_RESPONSIBLE_BODY',
                reopenCount: 1,
                timeline: [...answered.timeline, { stage: 'REOPENED', at: '2026-11-12T03:00:00Z' }],
              },
            },
    });
    renderAt('/track/1516-2026-000042?code=K7QM2XPA');
    const followUp = await screen.findByTestId('complaint-follow-up');
    expect(followUp.textContent).toContain(lo['public.followUp.title']);

    fireEvent.click(screen.getByLabelText(lo['rating.2']));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.followUp.rate'] })));
    await screen.findByText(lo['public.followUp.rated']);
    const rated = server.calls.find((call) => call.key === `POST ${ratingPath}`);
    expect(JSON.parse(String(rated?.init.body))).toMatchObject({ code: 'K7QM2XPA', stars: 2 });

    fireEvent.change(screen.getByLabelText(lo['public.followUp.reason']), {
      target: { value: 'ໄຟທາງຍັງດັບຢູ່ທຸກຄືນ' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['public.followUp.reopen'] })));
    await screen.findByText(lo['public.followUp.reopened']);
    expect(screen.getByTestId('case-status').textContent).toContain(lo['stage.REOPENED']);
    const reopened = server.calls.find((call) => call.key === `POST ${reopenPath}`);
    expect(JSON.parse(String(reopened?.init.body))).toEqual({ code: 'K7QM2XPA', reason: 'ໄຟທາງຍັງດັບຢູ່ທຸກຄືນ' });
  });
});
