// Steps the letter journeys share: the drafter's own writing step, and where a letter stands,
// read through the engine's REST API.
import { check, completeTask, eventually, workOn } from './lib.mjs';

export const ENDED = Symbol('the case has ended');

/** The key of the case's next task once there is one (a service step may run first), or ENDED. */
export async function nextTaskKey(site, caseId) {
  return eventually("the letter's next task, or its end", async () => {
    const tasks = await site.api('admin', `/engine-rest/task?processInstanceId=${caseId}`);
    if (tasks.length) return tasks[0].taskDefinitionKey;
    return (await ended(site, caseId)) ? ENDED : undefined;
  });
}

export async function ended(site, caseId) {
  const instance = await site.api('admin', `/engine-rest/history/process-instance/${caseId}`);
  return instance.endTime !== null;
}

/** Where the letter ended: the end event it reached. */
export async function endedAt(site, caseId) {
  const ends = await site.api(
    'admin',
    `/engine-rest/history/activity-instance?processInstanceId=${caseId}&activityType=noneEndEvent`,
  );
  return ends.map((end) => end.activityId);
}

/** The texts the case's timeline shows (the sign-off decisions with their comments among them). */
export async function timelineTexts(site, caseId) {
  const entries = await site.api('admin', `/api/inbox/cases/${caseId}/timeline`);
  return entries.map((entry) => entry.text).filter(Boolean);
}

/** The drafter's writing step after the start: the draft goes up the chain as it is. */
export async function finishDraft(site, caseId, drafter) {
  const key = await nextTaskKey(site, caseId);
  check(key === 'writeLetter', `a new letter waits for its drafter, not at ${String(key)}`);
  const { page } = await workOn(site, caseId, 'writeLetter', () => drafter);
  await completeTask(page);
  await page.context().close();
}
