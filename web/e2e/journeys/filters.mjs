// A Bokeo hotline supervisor saves the list of the verifications waiting in the province as a
// filter shared with Bokeo; a verifier of Bokeo finds it above their own inbox with its count of
// their tasks and opens the list it selects with one click.
import { memberOf } from '../accounts.mjs';
import { check, eventually, shot } from '../lib.mjs';

export default async function filters(site) {
  const supervisor = memberOf('bokeo-hotline-supervisors');
  const verifier = memberOf('bokeo-hotline-verifiers');
  const triage = memberOf('opm-hotline-triage');
  const marker = `filter${Date.now()}`;

  // 1. two calls for Bokeo are triaged: each waits for Bokeo's verifiers
  for (let i = 1; i <= 2; i++) {
    const started = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
      channel: 'phone',
      category: 'public-service',
      province: 'bokeo',
      complaintText: `ນ້ຳປະປາບ້ານໃໝ່ ບໍ່ໄຫຼ ${i} ວັນ ${marker}`,
    });
    const task = await site.taskOf(started.id, 'triageComplaint');
    await site.api(triage, `/engine-rest/task/${task.id}/complete`, { method: 'POST', json: {} });
    await site.taskOf(started.id, 'verifyComplaint');
  }

  // 2. the supervisor searches them and saves the search, shared with Bokeo
  const name = `ກວດສອບ ${marker}`;
  site.remember(name);
  const boss = await site.signedIn(supervisor);
  await boss.goto(site.url(`/tasks?q=${marker}`));
  await boss.getByLabel(site.say('filters.name')).fill(name);
  await boss.getByRole('checkbox', { name: site.say('filters.share') }).check();
  await boss.getByRole('button', { name: site.say('filters.save') }).click();
  const saved = boss.locator('.saved-filter-list li').filter({ hasText: name });
  await saved.waitFor();
  await saved.getByRole('button', { name: site.say('filters.delete') }).waitFor();
  await shot(boss, 'filters-shared-by-supervisor');

  // 3. a verifier of Bokeo sees it with the count of their tasks, may not change it, and opens it
  const colleague = await site.signedIn(verifier);
  const theirs = colleague.locator('.saved-filter-list li').filter({ hasText: name });
  await theirs.waitFor();
  const count = await eventually('the filter shows its count', async () => {
    const text = (await theirs.locator('.count').textContent())?.trim();
    return text === '2' ? text : undefined;
  });
  check(count === '2', `the shared filter counts the verifier's two tasks, not ${count}`);
  check(
    (await theirs.getByRole('button', { name: site.say('filters.delete') }).count()) === 0,
    'a colleague may not delete the supervisor’s filter',
  );
  await theirs.getByRole('button', { name }).click();
  await colleague.waitForURL((url) => url.searchParams.get('q') === marker);
  // the list the inbox showed before is replaced by the filter's, in place
  const rows = colleague.locator('li.task-item');
  const shown = await eventually('the filter’s two verifications are listed', async () => {
    const count = await rows.count();
    return count === 2 ? count : undefined;
  });
  check(shown === 2, `the filter lists the two verifications, not ${shown}`);
  check((await theirs.getByRole('button', { name }).getAttribute('aria-pressed')) === 'true', 'the filter is chosen');
  await shot(colleague, 'filters-shared-seen-by-colleague');
}
