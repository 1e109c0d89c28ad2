// The triage officer comes in to twenty new calls and takes them all in one action: each of the
// twenty is reported done and is theirs. They give them back to the group at once, and as they
// take them again an administrator gets to one of them first: that one is reported as taken by
// someone else, the other nineteen are theirs.
import { memberOf } from '../accounts.mjs';
import { check, shot } from '../lib.mjs';

const CALLS = 20;

export default async function bulkClaim(site) {
  const triage = memberOf('opm-hotline-triage');
  const marker = `bulk${Date.now()}`;

  // the day's twenty calls, recorded by the operator through the API
  const cases = [];
  for (let i = 1; i <= CALLS; i++) {
    cases.push(
      await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
        channel: 'phone',
        category: 'public-service',
        province: 'bokeo',
        complaintText: `ນ້ຳປະປາບ້ານນາແລ ບໍ່ໄຫຼ ຫ້ອງການທີ ${i} ${marker}`,
      }),
    );
  }
  const tasks = [];
  for (const started of cases) tasks.push(await site.taskOf(started.id, 'triageComplaint'));

  const page = await site.signedIn(triage);
  await page.goto(site.url(`/tasks?scope=all&q=${marker}`));
  const rows = page.locator('li.task-item');
  await rows.nth(CALLS - 1).waitFor();
  check((await rows.count()) === CALLS, `the ${CALLS} calls are listed on one page, not ${await rows.count()}`);
  const selectAll = page.getByRole('checkbox', { name: site.say('tasks.selectAll') });
  const status = page.locator('.bulk-bar [role=status]');

  // 1. all twenty claimed in one action: each is reported done and is theirs
  await selectAll.check();
  await page.getByText(site.say('tasks.bulk.selected', { count: CALLS })).waitFor();
  await page.getByRole('button', { name: site.say('tasks.bulk.claim') }).click();
  await status.getByText(site.say('tasks.bulk.done', { count: CALLS }), { exact: true }).waitFor();
  check((await status.locator('li').count()) === 0, 'no task is reported as not done');
  await page
    .getByRole('button', { name: site.say('tasks.claim'), exact: true })
    .first()
    .waitFor({ state: 'detached' });
  await expectHolders(site, tasks, () => triage, 'every one of the twenty is the officer’s');
  await shot(page, 'inbox-bulk-twenty-claimed');

  // 2. all twenty given back to the group in one action
  await selectAll.check();
  await page.getByRole('button', { name: site.say('tasks.bulk.release') }).click();
  await rows
    .getByRole('button', { name: site.say('tasks.claim'), exact: true })
    .nth(CALLS - 1)
    .waitFor();
  await expectHolders(site, tasks, () => null, 'every one of the twenty is back with the group');

  // 3. the officer selects them again; meanwhile an administrator takes one
  await selectAll.check();
  await page.getByText(site.say('tasks.bulk.selected', { count: CALLS })).waitFor();
  const taken = tasks[7];
  await site.api('admin', `/engine-rest/task/${taken.id}/claim`, { method: 'POST', json: { userId: 'admin' } });
  await page
    .locator(`li.task-item[data-task-id="${taken.id}"]`)
    .getByRole('button', { name: site.say('tasks.claim'), exact: true })
    .waitFor({ state: 'detached' });

  // 4. claimed in one action: nineteen done, the one taken first reported as a conflict with its reason
  await page.getByRole('button', { name: site.say('tasks.bulk.claim') }).click();
  const summary = [
    site.say('tasks.bulk.done', { count: CALLS - 1 }),
    site.say('tasks.bulk.conflict', { count: 1 }),
  ].join(' · ');
  await status.getByText(summary, { exact: true }).waitFor();
  const notDone = status.locator('li');
  check((await notDone.count()) === 1, `only one task is reported as not done, not ${await notDone.count()}`);
  check((await notDone.first().getAttribute('data-task-id')) === taken.id, 'the task taken first is the one named');
  check(
    (await notDone.first().textContent()).endsWith(site.say('error.task-claimed-by-other')),
    'the task taken first is named with the reason',
  );
  await expectHolders(
    site,
    tasks,
    (task) => (task.id === taken.id ? 'admin' : triage),
    'nineteen are the officer’s, the one taken first the administrator’s',
  );
  await shot(page, 'inbox-bulk-twenty-one-taken');

  // 5. the officer's own list shows the nineteen
  await page.goto(site.url(`/tasks?scope=mine&q=${marker}`));
  await rows.nth(CALLS - 2).waitFor();
  check((await rows.count()) === CALLS - 1, `the officer's list shows ${CALLS - 1} tasks, not ${await rows.count()}`);
  check(
    (await page.locator(`li.task-item[data-task-id="${taken.id}"]`).count()) === 0,
    'the task taken first is not on the officer’s list',
  );
}

/** Checks through the engine who holds each task now. */
async function expectHolders(site, tasks, holderOf, what) {
  for (const task of tasks) {
    const now = await site.api('admin', `/engine-rest/task/${task.id}`);
    check((now.assignee ?? null) === holderOf(task), `${what}: task ${task.id} is held by ${now.assignee}`);
  }
}
