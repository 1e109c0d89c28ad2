/** How close a task is to its due date. */
export type Sla = 'overdue' | 'due-soon' | 'on-time' | null;

/** A task is due soon on its last working day and the one before. */
export const DUE_SOON_WORKING_DAYS = 1;

/** Without the server's working-day count, a task is due soon within this window before its due date. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/**
 * Where a task stands. `workingDaysLeft` is the server's count (it knows the public holidays);
 * the browser only compares the due moment with the clock.
 */
export function slaOf(
  due: string | null | undefined,
  workingDaysLeft: number | null | undefined,
  now: Date = new Date(),
): Sla {
  if (!due) return null;
  const dueAt = new Date(due).getTime();
  if (Number.isNaN(dueAt)) return null;
  const left = dueAt - now.getTime();
  if (left < 0) return 'overdue';
  if (workingDaysLeft != null) return workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'on-time';
  return left <= DUE_SOON_MS ? 'due-soon' : null;
}
