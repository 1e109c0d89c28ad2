import { vi } from 'vitest';
import { problem } from './problems';

type Reply = { status: number; body?: unknown };
type Route = (init: RequestInit) => Reply;

/** A fetch stand-in answering by "METHOD path"; records every call. */
export function fakeServer(routes: Record<string, Route | Reply>) {
  const calls: { key: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (path: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${path}`;
    calls.push({ key, init });
    const route = routes[key];
    const reply =
      typeof route === 'function'
        ? route(init)
        : (route ?? { status: 404, body: problem(404, 'not-found', 'Not found.') });
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls };
}
