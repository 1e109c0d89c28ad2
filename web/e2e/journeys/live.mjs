// The triage officer keeps the inbox open while the day goes on: calls the operator records
// appear in it without a reload, a colleague's claim shows at once, and the officer claims the
// rest in one action and is told, per task, what became of each.
import { memberOf } from '../accounts.mjs';
import { check, shot } from '../lib.mjs';

export default async function live(site) {
  const triage = memberOf('opm-hotline-triage');
  const marker = `live${Date.now()}`;
  const page = await site.signedIn(triage);
  const streamOpen = page.waitForResponse((r) => r.url().includes('/api/inbox/events') && r.status() === 200);
  await page.goto(site.url(`/tasks?scope=all&q=${marker}`));
  await page.getByText(site.say('tasks.empty')).waitFor();
  await streamOpen;
  // a reload would clear this: the page must change in place
  await page.evaluate(() => {
    globalThis.gflowStillThisPage = true;
  });

  // 1. the operator records three calls: each arrives in the open inbox by itself
  const cases = [];
  for (let i = 1; i <= 3; i++) {
    cases.push(
      await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
        channel: 'phone',
        category: 'public-service',
        province: 'bokeo',
        complaintText: `ໄຟຟ້າຕາມທາງບ້ານດອນກອຍ ດັບມາ ${i} ອາທິດ ${marker}`,
      }),
    );
  }
  const rows = page.locator('li.task-item');
  await rows.nth(2).waitFor();
  check((await rows.count()) === 3, `the three calls are listed, not ${await rows.count()}`);

  // 2. an administrator claims one of them: the open inbox shows it taken at once
  const taken = await site.taskOf(cases[0].id, 'triageComplaint');
  await site.api('admin', `/engine-rest/task/${taken.id}/claim`, { method: 'POST', json: { userId: 'admin' } });
  const takenRow = page.locator(`li.task-item[data-task-id="${taken.id}"]`);
  await takenRow.getByRole('button', { name: site.say('tasks.claim') }).waitFor({ state: 'detached' });
  check(
    !(await takenRow.textContent()).includes(site.say('tasks.unassigned')),
    'the claimed task no longer shows as unassigned',
  );
  check(await page.evaluate(() => globalThis.gflowStillThisPage === true), 'the page was not reloaded');
  await shot(page, 'inbox-live-arrivals');

  // 3. the officer claims all three in one action: two are theirs, one was someone else's first
  await page.getByRole('checkbox', { name: site.say('tasks.selectAll') }).check();
  await page.getByRole('button', { name: site.say('tasks.bulk.claim') }).click();
  const summary = [site.say('tasks.bulk.done', { count: 2 }), site.say('tasks.bulk.conflict', { count: 1 })].join(
    ' · ',
  );
  await page.getByText(summary).waitFor();
  const contested = page.locator(`.bulk-bar li[data-task-id="${taken.id}"]`);
  check(
    (await contested.textContent()).endsWith(site.say('error.task-claimed-by-other')),
    'the task someone else had is named with the reason',
  );
  await shot(page, 'inbox-bulk-claimed');
}
