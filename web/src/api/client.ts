/**
 * The one way the app talks to the engine: same-origin requests with the session cookie,
 * the CSRF token echoed from the GFLOW-XSRF-TOKEN cookie on every state change, and every error
 * turned into an {@link ApiFailure} that a page can show (on its field when it names one).
 */

/** An error answered by the engine, ready to show: never a stack trace. */
/** One wrong field of a refusal: the rule it breaks (required, min, max, oneOf, type) and its limit. */
export interface FieldRule {
  field: string;
  rule: string;
  limit?: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Every wrong field when the server names several at once. */
    readonly fields: FieldRule[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface RequestOptions {
  method?: string;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

type UnauthorizedHandler = () => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Called when a request comes back 401: the session expired or never was. */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

/**
 * The engine's CSRF cookie. Not XSRF-TOKEN: that one is Cockpit's, on the same site, and
 * reading it would send the wrong token.
 */
export const CSRF_COOKIE = 'GFLOW-XSRF-TOKEN';

/** The CSRF token Spring Security left in its cookie, if any. */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let readerLanguage: string | null = null;

/**
 * The language the reader chose in the app, sent with every request as Accept-Language (not the
 * browser's own): the engine then sorts the task list by the task names the reader sees.
 */
export function setReaderLanguage(language: string | null): void {
  readerLanguage = language;
}

type BusyListener = (busy: boolean) => void;
const busyListeners = new Set<BusyListener>();

/**
 * Told true while a request waits to be retried because the engine answered "busy" (503), and
 * false once it went through or gave up; the layout shows "busy, retrying" meanwhile.
 * Returns a function that stops listening.
 */
export function onBusy(listener: BusyListener): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}

/** How often a request refused as busy is tried again before the refusal is shown. */
export const BUSY_RETRIES = 3;
const LONGEST_WAIT_MS = 15_000;

/**
 * The wait before retry number `attempt` (0-based): the server's Retry-After (2 s when
 * absent), doubled on each further try and capped, so a crowd of clients thins out.
 */
export function busyDelay(retryAfter: string | null, attempt: number): number {
  const seconds = Number(retryAfter);
  const base = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 2000;
  return Math.min(base * 2 ** attempt, LONGEST_WAIT_MS);
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    function aborted() {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A 503 "busy" comes from the engine's admission control before any work was done, so any
 * request, a state change included, is safe to send again.
 */
async function isBusy(response: Response): Promise<boolean> {
  if (response.status !== 503) return false;
  const failure = await failureOf(response.clone());
  return failure.code === 'busy';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let retrying = false;
  try {
    for (let attempt = 0; ; attempt++) {
      const response = await send(path, options);
      if (attempt < BUSY_RETRIES && (await isBusy(response))) {
        if (!retrying) {
          retrying = true;
          busyListeners.forEach((listener) => listener(true));
        }
        await wait(busyDelay(response.headers.get('Retry-After'), attempt), options.signal);
        continue;
      }
      return await answer<T>(path, response);
    }
  } finally {
    if (retrying) busyListeners.forEach((listener) => listener(false));
  }
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? (options.json !== undefined || options.form ? 'POST' : 'GET');
  // Marks the request as the web app's: the engine then never answers 401 with a Basic challenge,
  // which would open the browser's own password dialog over the app's sign-in page.
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (readerLanguage) headers['Accept-Language'] = readerLanguage;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  if (!SAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  try {
    return await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiFailure(0, 'network', 'network');
  }
}

async function answer<T>(path: string, response: Response): Promise<T> {
  if (response.status === 401 && !path.startsWith('/api/auth/') && !path.startsWith('/api/public/')) {
    unauthorizedHandler?.();
  }
  if (!response.ok) throw await failureOf(response);
  return (await bodyOf(response)) as T;
}

async function bodyOf(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? JSON.parse(text) : text;
}

/**
 * Reads G-Flow's problem details ({type, title, status, detail, code, field, fields}) and
 * `/engine-rest`'s Camunda errors ({type, message}, with G-Flow's code under `error`) alike.
 * A message that carries a Java stack trace is cut to its first line: no page shows one.
 */
export async function failureOf(response: Response): Promise<ApiFailure> {
  let parsed: Record<string, unknown> = {};
  try {
    const text = await response.text();
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = {};
  }
  const text = (key: string) => (typeof parsed[key] === 'string' ? (parsed[key] as string) : undefined);
  const code = text('code') ?? text('error') ?? text('type') ?? `http-${response.status}`;
  const raw = text('detail') ?? text('message') ?? '';
  const message = raw
    .split(/\r?\n/)[0]
    .replace(/\s+at\s+[\w.$]+\(.*$/, '')
    .trim();
  const field = text('field');
  const fields = Array.isArray(parsed.fields)
    ? (parsed.fields as FieldRule[]).filter((rule) => typeof rule?.field === 'string' && typeof rule?.rule === 'string')
    : [];
  return new ApiFailure(response.status, code, message, field, fields);
}

/** Query string from defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
