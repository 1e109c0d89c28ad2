/** How close a task is to its due date. */
export type Sla = 'overdue' | 'due-soon' | null;

/** A task is due soon within this window before its due date. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export function slaOf(due: string | null | undefined, now: Date = new Date()): Sla {
  if (!due) return null;
  const dueAt = new Date(due).getTime();
  if (Number.isNaN(dueAt)) return null;
  const left = dueAt - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due-soon' : null;
}
