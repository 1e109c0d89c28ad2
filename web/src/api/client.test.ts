import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiFailure,
  BUSY_RETRIES,
  busyDelay,
  csrfToken,
  failureOf,
  onBusy,
  onUnauthorized,
  query,
  request,
  setReaderLanguage,
} from './client';
import { problem } from '../testing/problems';

function respond(status: number, body: unknown, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return vi
    .fn()
    .mockImplementation(
      async () => new Response(status === 204 ? null : text, { status, headers: { 'Content-Type': type } }),
    );
}

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(null);
  document.cookie = 'GFLOW-XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe("the reader's language", () => {
  it('goes with every request as Accept-Language, so the engine sorts names as the reader sees them', async () => {
    const fetch = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    setReaderLanguage('en');
    await request('/api/inbox/tasks?sort=name');
    setReaderLanguage(null);
    await request('/api/inbox/tasks?sort=name');
    const headers = fetch.mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
    expect(headers[0]['Accept-Language']).toBe('en');
    expect(headers[1]['Accept-Language']).toBeUndefined();
  });
});

describe('csrf', () => {
  it("reads the token from the GFLOW-XSRF-TOKEN cookie, never Cockpit's XSRF-TOKEN", () => {
    expect(csrfToken('a=1; GFLOW-XSRF-TOKEN=abc%3D%3D; b=2')).toBe('abc==');
    expect(csrfToken('XSRF-TOKEN=cockpit')).toBeUndefined();
    expect(csrfToken('a=1')).toBeUndefined();
  });

  it('sends the token on a state change and not on a read', async () => {
    document.cookie = 'GFLOW-XSRF-TOKEN=token-1; path=/';
    const fetch = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    await request('/api/x', { json: { a: 1 } });
    await request('/api/y');
    const [, post] = fetch.mock.calls[0];
    const [, get] = fetch.mock.calls[1];
    expect(post.method).toBe('POST');
    expect(post.headers['X-XSRF-TOKEN']).toBe('token-1');
    expect(post.headers['Content-Type']).toBe('application/json');
    expect(post.body).toBe('{"a":1}');
    expect(post.credentials).toBe('same-origin');
    expect(get.method).toBe('GET');
    expect(get.headers['X-XSRF-TOKEN']).toBeUndefined();
  });
});

describe('401', () => {
  it('hands an expired session to the login handler', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    vi.stubGlobal('fetch', respond(401, problem(401, 'unauthenticated', 'Please sign in')));
    await expect(request('/api/inbox/tasks')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not redirect for a failed login or a public page', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    vi.stubGlobal('fetch', respond(401, problem(401, 'unauthenticated', 'Wrong user name or password')));
    await expect(request('/api/auth/login', { json: {} })).rejects.toBeInstanceOf(ApiFailure);
    await expect(request('/api/public/hotline/answers')).rejects.toBeInstanceOf(ApiFailure);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('errors', () => {
  it('reads the code, detail and fields of a G-Flow problem', async () => {
    const failure = await failureOf(
      new Response(
        JSON.stringify(
          problem(400, 'invalid-field', 'too short', {
            field: 'complaintText',
            fields: [{ field: 'complaintText', rule: 'minLength', limit: '10' }],
          }),
        ),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    expect(failure).toMatchObject({
      status: 400,
      code: 'invalid-field',
      message: 'too short',
      field: 'complaintText',
      fields: [{ field: 'complaintText', rule: 'minLength', limit: '10' }],
    });
  });

  it("reads G-Flow's code beside Camunda's message under /engine-rest", async () => {
    const failure = await failureOf(
      new Response(
        JSON.stringify({
          type: 'Conflict',
          error: 'task-already-completed',
          message: 'Someone else completed this task first.',
        }),
        { status: 409 },
      ),
    );
    expect(failure).toMatchObject({
      status: 409,
      code: 'task-already-completed',
      message: 'Someone else completed this task first.',
    });
  });

  it('reads Camunda REST errors and cuts stack traces', async () => {
    const failure = await failureOf(
      new Response(
        JSON.stringify({
          type: 'ProcessEngineException',
          message: 'Cannot submit\n\tat org.camunda.bpm.engine.impl.Foo(Foo.java:1)',
        }),
        { status: 500 },
      ),
    );
    expect(failure.code).toBe('ProcessEngineException');
    expect(failure.message).toBe('Cannot submit');
    expect(failure.field).toBeUndefined();
  });

  it('survives a body that is not JSON', async () => {
    const failure = await failureOf(new Response('<html>proxy error</html>', { status: 502 }));
    expect(failure).toMatchObject({ status: 502, code: 'http-502', message: '' });
  });

  it('reports an unreachable server as a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(request('/api/x')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('returns nothing for 204', async () => {
    vi.stubGlobal('fetch', respond(204, ''));
    await expect(request('/engine-rest/task/1/claim', { json: { userId: 'a' } })).resolves.toBeUndefined();
  });
});

describe('query', () => {
  it('leaves out empty values', () => {
    expect(query({ a: 'x y', b: '', c: undefined, d: 0, e: false })).toBe('?a=x+y&d=0&e=false');
    expect(query({})).toBe('');
  });
});

describe('503 busy', () => {
  const busy = () =>
    new Response(JSON.stringify(problem(503, 'busy', 'G-Flow is busy')), {
      status: 503,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' },
    });
  const ok = () =>
    new Response(JSON.stringify({ tasks: 1 }), { status: 200, headers: { 'Content-Type': 'application/json' } });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits as the server asks, retries with growing waits, and tells the page meanwhile', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockImplementationOnce(async () => busy())
      .mockImplementationOnce(async () => busy())
      .mockImplementation(async () => ok());
    vi.stubGlobal('fetch', fetch);
    const told: boolean[] = [];
    const stop = onBusy((b) => told.push(b));

    const answer = request<{ tasks: number }>('/api/inbox/tasks');
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(told).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1); // Retry-After: 2 s
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // then twice as long
    await expect(answer).resolves.toEqual({ tasks: 1 });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(told).toEqual([true, false]);
    stop();
  });

  it('retries a state change too: a busy refusal did no work', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockImplementationOnce(async () => busy())
      .mockImplementation(async () => ok());
    vi.stubGlobal('fetch', fetch);
    const answer = request('/api/tasks/1/complete', { json: { a: 1 } });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(answer).resolves.toEqual({ tasks: 1 });
    expect(fetch.mock.calls.map(([, init]) => init.body)).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('gives up after a few tries and shows the refusal', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockImplementation(async () => busy());
    vi.stubGlobal('fetch', fetch);
    const told: boolean[] = [];
    const stop = onBusy((b) => told.push(b));
    const answer = request('/api/inbox/tasks');
    const outcome = expect(answer).rejects.toMatchObject({ status: 503, code: 'busy' });
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
    expect(fetch).toHaveBeenCalledTimes(BUSY_RETRIES + 1);
    expect(told).toEqual([true, false]);
    stop();
  });

  it('does not retry other 503s, such as an unreachable directory', async () => {
    const fetch = respond(503, problem(503, 'directory-unavailable', 'The directory is unavailable'));
    vi.stubGlobal('fetch', fetch);
    await expect(request('/api/inbox/tasks')).rejects.toMatchObject({ status: 503, code: 'directory-unavailable' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('backs off from Retry-After, doubling and capped', () => {
    expect(busyDelay('2', 0)).toBe(2000);
    expect(busyDelay('2', 2)).toBe(8000);
    expect(busyDelay(null, 0)).toBe(2000);
    expect(busyDelay('30', 3)).toBe(15_000);
  });
});
