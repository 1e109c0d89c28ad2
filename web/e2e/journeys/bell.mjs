// The triage officer has read their notifications; the operator records a call, and the bell in
// the officer's open inbox shows a new task for their group without a reload, unread; its notice
// opens the task and is read from then on.
import { memberOf } from '../accounts.mjs';
import { check, eventually, shot } from '../lib.mjs';

export default async function bell(site) {
  const triage = memberOf('opm-hotline-triage');
  const marker = `bell${Date.now()}`;
  const page = await site.signedIn(triage);
  const streamOpen = page.waitForResponse((r) => r.url().includes('/api/inbox/events') && r.status() === 200);
  await page.goto(site.url(`/tasks?q=${marker}`));
  await page.getByText(site.say('tasks.empty')).waitFor();
  await streamOpen;

  // 1. everything so far is read (escalations of other cases may ring the officer's bell again any time)
  const button = page.locator('.bell-button');
  await button.click();
  await page.locator('.bell-panel li.bell-item, .bell-panel p.muted').first().waitFor();
  if ((await page.locator('.bell-panel li.bell-item.unread').count()) > 0) {
    const readAll = page.getByRole('button', { name: site.say('bell.readAll') });
    // enabled once the unread count has come in
    await eventually('"mark all read" can be used', () => readAll.isEnabled());
    const marked = page.waitForResponse((r) => r.url().endsWith('/api/inbox/bell/read-all') && r.status() === 204);
    await readAll.click();
    await marked;
  }
  await button.click();
  await page.evaluate(() => {
    globalThis.gflowStillThisPage = true;
  });

  // 2. a call is recorded: its triage task is offered to the officer's group, and the bell counts it
  const started = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `ຂົວໄມ້ບ້ານນາຊອນ ຫັກ ${marker}`,
  });
  const task = await site.taskOf(started.id, 'triageComplaint');
  await page.locator('.bell-count').waitFor();
  check(await page.evaluate(() => globalThis.gflowStillThisPage === true), 'the page was not reloaded');

  // 3. its notice is unread in the list and leads to the task
  await button.click();
  const notice = page.locator(`li.bell-item[data-task-id="${task.id}"][data-kind="task-offered"]`);
  await notice.waitFor();
  check((await notice.getAttribute('class')).includes('unread'), 'the new notice is unread');
  await shot(page, 'bell-new-task');
  await notice.getByRole('button').click();
  await page.waitForURL((url) => url.pathname === `/tasks/${task.id}`);
  await page.getByRole('button', { name: site.say('task.claim') }).waitFor();
  await shot(page, 'bell-task-opened');
  // opened, the notice is read (escalations of other cases may ring the officer's bell meanwhile)
  await button.click();
  await eventually('the opened notice is read', async () => !(await notice.getAttribute('class')).includes('unread'));
}
