import { vi } from 'vitest';

/** A stand-in for the browser's EventSource that a test opens, feeds and breaks by hand. */
export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];

  readonly url: string;
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  /** The server answered: the stream is open. */
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }

  /** The server sends an event. */
  send(name: string, data: unknown, id: string) {
    const event = new MessageEvent<string>(name, { data: JSON.stringify(data), lastEventId: id });
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }

  /** The connection drops. */
  drop() {
    this.onerror?.();
  }

  /** The most recently opened stream. */
  static latest(): FakeEventSource {
    const latest = FakeEventSource.opened[FakeEventSource.opened.length - 1];
    if (!latest) throw new Error('no event stream was opened');
    return latest;
  }

  /** Puts this stand-in in the browser's place for the current test. */
  static install() {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  }
}
