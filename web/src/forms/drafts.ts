/**
 * What a person has typed into a task's form, kept in this browser until the task is
 * completed, so a claim, a reload or a dropped connection never loses it. Kept per user, so a
 * shared office computer never shows one civil servant's draft to another; old drafts expire.
 */
const PREFIX = 'gflow.draft.';
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

interface Stored {
  savedAt: number;
  data: Record<string, unknown>;
}

function keyOf(userId: string, taskId: string) {
  return `${PREFIX}${userId}.${taskId}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the browser: drafts simply are not kept
  }
}

/** The draft of this task by this user, or null. */
export function loadDraft(userId: string, taskId: string, now = Date.now()): Record<string, unknown> | null {
  const raw = storage()?.getItem(keyOf(userId, taskId));
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Stored;
    return now - stored.savedAt > KEEP_MS ? null : stored.data;
  } catch {
    return null;
  }
}

/** Keeps what the user typed so far; files are not kept (the browser cannot store them). */
export function saveDraft(userId: string, taskId: string, data: Record<string, unknown>, now = Date.now()) {
  const kept = Object.fromEntries(Object.entries(data).filter(([, value]) => !(value instanceof Blob)));
  try {
    storage()?.setItem(keyOf(userId, taskId), JSON.stringify({ savedAt: now, data: kept } satisfies Stored));
  } catch {
    // storage full or disabled: the form still works, only the draft is not kept
  }
}

/** Forgets the draft once the task is completed. */
export function clearDraft(userId: string, taskId: string) {
  storage()?.removeItem(keyOf(userId, taskId));
}

/** Removes every expired draft (called once at start-up). */
export function pruneDrafts(now = Date.now()) {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const [userId, taskId] = splitKey(key);
    if (userId && taskId && loadDraft(userId, taskId, now) === null) store.removeItem(key);
  }
}

function splitKey(key: string): [string, string] {
  const rest = key.slice(PREFIX.length);
  const dot = rest.lastIndexOf('.');
  return [rest.slice(0, dot), rest.slice(dot + 1)];
}
