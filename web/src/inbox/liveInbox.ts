import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { inboxKeys } from '../api/queries';

/** What the live inbox (GET /api/inbox/events) says happened to a task the user sees. */
export type LiveEventName = 'task-added' | 'task-changed' | 'task-removed' | 'resync';

export interface LiveEvent {
  name: LiveEventName;
  taskId: string | null;
  caseId: string | null;
  /** Who holds the task now (task-changed); null when nobody does. */
  assignee: string | null;
  /** task-removed: the task was finished, rather than handed to someone the user does not share it with. */
  completed: boolean;
}

export const LIVE_EVENTS: readonly LiveEventName[] = ['task-added', 'task-changed', 'task-removed', 'resync'];

const STREAM = '/api/inbox/events';

/** Waits before the next attempt after the stream dropped: 1 s, 2 s, 4 s … at most a minute. */
export function reconnectDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.min(attempt, 6));
}

export function parseLiveEvent(name: LiveEventName, data: string): LiveEvent {
  let body: Partial<Record<keyof LiveEvent, unknown>> = {};
  try {
    body = JSON.parse(data) as typeof body;
  } catch {
    // a resync carries nothing to read
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    name,
    taskId: text(body.taskId),
    caseId: text(body.caseId),
    assignee: text(body.assignee),
    completed: body.completed === true,
  };
}

/**
 * Marks stale exactly what an event touched: the task lists always; a changed task's own page data
 * and its case's history. A removed task is not reloaded: the page that shows it keeps what it
 * shows (and what the user typed) and says what happened instead.
 */
export function invalidateFor(client: QueryClient, event: LiveEvent) {
  void client.invalidateQueries({ queryKey: inboxKeys.tasks });
  if (event.name === 'resync') {
    void client.invalidateQueries({ queryKey: ['engine', 'task'] });
    return;
  }
  if (event.name === 'task-changed' && event.taskId) {
    void client.invalidateQueries({ queryKey: inboxKeys.task(event.taskId) });
  }
  if (event.caseId && event.name !== 'task-added') {
    void client.invalidateQueries({ queryKey: inboxKeys.timeline(event.caseId) });
  }
}

/**
 * Listens to the live inbox while the calling page is shown: each event refreshes the queries it
 * touched and is handed to `onEvent`. Answers whether the stream is open; while it is not, the
 * page falls back to polling. A dropped stream is opened again after a growing pause, resuming
 * after the last event received so nothing is missed.
 */
export function useLiveInbox(onEvent?: (event: LiveEvent) => void): boolean {
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let lastId: string | null = null;
    const connect = () => {
      source = new EventSource(lastId ? `${STREAM}?lastEventId=${encodeURIComponent(lastId)}` : STREAM);
      source.onopen = () => {
        // events missed without a resume point (none received yet): read the lists again
        if (attempt > 0 && !lastId) void client.invalidateQueries({ queryKey: inboxKeys.tasks });
        attempt = 0;
        setLive(true);
      };
      source.onerror = () => {
        // the page polls meanwhile; the stream is reopened by us, with back-off, not by the browser at once
        setLive(false);
        source?.close();
        timer = setTimeout(connect, reconnectDelay(attempt++));
      };
      for (const name of LIVE_EVENTS) {
        source.addEventListener(name, (message) => {
          const received = message as MessageEvent<string>;
          if (received.lastEventId) lastId = received.lastEventId;
          const event = parseLiveEvent(name, received.data);
          invalidateFor(client, event);
          handler.current?.(event);
        });
      }
    };
    connect();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [client]);
  return live;
}
