import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lo } from '../i18n/lo';
import { vocabularyMessages } from '../vocabulary/vocabulary';
import { fakeServer } from '../testing/fakeServer';
import AnswersPage from './AnswersPage';
import { renderPage } from '../testing/renderPage';

function renderAt(path: string) {
  renderPage(<AnswersPage />, { at: path, routes: ['/answers'] });
}

const ANSWER = {
  trackingNumber: '1516-2026-000042',
  category: 'public-service',
  summary: 'ນ້ຳປະປາບໍ່ໄຫຼ',
  answer: 'ສ້ອມແປງແລ້ວ',
  responsibleBody: 'bokeo',
  substantiated: true,
  publishedAt: '2026-11-09T03:00:00Z',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('answers page', () => {
  it('says in Lao what the answer found instead of showing codes', async () => {
    fakeServer({
      'GET /api/public/hotline/answers?first=0&size=10': { status: 200, body: { total: 1, answers: [ANSWER] } },
    });
    renderAt('/answers');
    const answer = await screen.findByTestId('answer');
    expect(answer.textContent).toContain(lo['substantiated.true']);
    expect(answer.textContent).toContain(vocabularyMessages('lo')['category.public-service']);
    expect(answer.textContent).not.toContain('substantiated');
    expect(answer.textContent).not.toContain('true');
    expect(answer.textContent).toContain(vocabularyMessages('lo')['org.bokeo']);
    expect(answer.textContent).not.toContain('bokeo');
  });

  it('asks the server to search and to page', async () => {
    const query = encodeURIComponent('ນ້ຳ ປະປາ').replace(/%20/g, '+');
    const server = fakeServer({
      'GET /api/public/hotline/answers?first=0&size=10': { status: 200, body: { total: 0, answers: [] } },
      [`GET /api/public/hotline/answers?first=0&size=10&q=${query}`]: {
        status: 200,
        body: { total: 25, answers: [ANSWER] },
      },
      [`GET /api/public/hotline/answers?first=10&size=10&q=${query}`]: {
        status: 200,
        body: { total: 25, answers: [ANSWER] },
      },
    });
    renderAt('/answers');
    fireEvent.change(screen.getByLabelText(lo['public.answers.search']), { target: { value: 'ນ້ຳ ປະປາ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['common.search'] })));
    await screen.findByText(lo['public.answers.count'].replace('{total}', '25'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: lo['common.next'] })));
    await screen.findByText(lo['public.answers.page'].replace('{page}', '2').replace('{pages}', '3'));
    expect(server.calls.map((call) => call.key)).toContain(
      `GET /api/public/hotline/answers?first=10&size=10&q=${query}`,
    );
  });
});
