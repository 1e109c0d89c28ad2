// "My cases", following a case and its print view: the triage officer completes the triage of a
// recorded call, finds that case under "My cases" by a Lao word, follows another case from its
// page, hears on the bell when that one is answered (no reload), opens it from the notice and
// prints it for the paper file.
import { memberOf } from '../accounts.mjs';
import { check, claim, completeTask, eventually, openTask, shot } from '../lib.mjs';

/** Completes a task through the engine's REST API as a user who may work it: claim, then complete. */
async function finish(site, user, task, variables = {}) {
  await site.api(user, `/engine-rest/task/${task.id}/claim`, { method: 'POST', json: { userId: user } });
  const typed = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]));
  await site.api(user, `/engine-rest/task/${task.id}/complete`, { method: 'POST', json: { variables: typed } });
}

export default async function mycases(site) {
  const operator = memberOf('opm-hotline-operators');
  const triage = memberOf('opm-hotline-triage');
  const verifier = memberOf('bokeo-hotline-verifiers');
  const marker = `mycases${Date.now()}`;
  const titles = ['ຫ້ວຍຫົງ ນ້ຳເປື້ອນ ປາຕາຍຫຼາຍ', 'ທາງເຂົ້າບ້ານໂພນໄຊ ເປັນຂຸມ ລົດຕົກ'];
  // what people typed, shown as typed in every language (the same words in the other language's run too)
  site.remember(titles);
  const worked = await site.start(operator, 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `${titles[0]} ${marker}`,
  });
  const followed = await site.start(operator, 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `${titles[1]} ${marker}`,
  });

  // 1. the officer triages the first call on its task page
  const page = await site.signedIn(triage);
  await openTask(page, site, (await site.taskOf(worked.id, 'triageComplaint')).id);
  await claim(page);
  await completeTask(page);

  // 2. "My cases" finds it by a Lao word written without the space the complaint had
  await page.getByRole('link', { name: site.say('nav.cases') }).click();
  await page.getByRole('heading', { name: site.say('cases.title') }).waitFor();
  await page.getByRole('searchbox', { name: site.say('cases.search') }).fill('ຫ້ວຍຫົງນ້ຳເປື້ອນ');
  await page.getByRole('button', { name: site.say('common.search') }).click();
  const row = page.locator(`li.my-case[data-case-id="${worked.id}"]`);
  await row.waitFor();
  check((await row.textContent()).includes(site.say('cases.role.worked')), 'the case says the officer worked on it');
  await row.getByTestId('case-documents').click();
  await row.getByRole('heading', { name: site.say('task.section.documents') }).waitFor();
  await shot(page, 'mycases-found');

  // 3. the second case is followed from its page
  await page.goto(site.url(`/cases/${followed.id}`));
  const follow = page.getByTestId('follow-toggle');
  await follow.waitFor();
  check((await follow.getAttribute('aria-pressed')) === 'false', 'not followed yet');
  await follow.click();
  await eventually('the case is followed', async () => (await follow.getAttribute('aria-pressed')) === 'true');
  await page.goto(site.url('/cases'));
  await page.locator(`li.my-case[data-case-id="${followed.id}"]`).waitFor();
  await page.evaluate(() => {
    globalThis.gflowStillThisPage = true;
  });

  // 4. Bokeo answers it; the bell of the officer's open page tells of it without a reload
  await finish(site, triage, await site.taskOf(followed.id, 'triageComplaint'));
  await finish(site, verifier, await site.taskOf(followed.id, 'verifyComplaint'), { complaintTrue: false });
  const answer = 'ໄດ້ຖົມຂຸມທາງແລ້ວ';
  site.remember([answer]);
  await finish(site, verifier, await site.taskOf(followed.id, 'writeExplanation'), { answerText: answer });
  const button = page.locator('.bell-button');
  const notice = page.locator(`li.bell-item[data-kind="case-answered"]`).filter({ hasText: marker });
  await eventually('the bell tells of the answer', async () => {
    await button.click(); // opened, the bell reads its latest notices anew
    await page.locator('.bell-panel li.bell-item, .bell-panel p.muted').first().waitFor();
    if ((await notice.count()) > 0) return true;
    await button.click();
    return false;
  });
  check(await page.evaluate(() => globalThis.gflowStillThisPage === true), 'the page was not reloaded');
  await shot(page, 'mycases-bell-answered');
  await notice.getByRole('button').click();
  await page.waitForURL((url) => url.pathname === `/cases/${followed.id}`);

  // 5. the case's print view: its facts, documents and history, the app around it hidden on paper
  await page.getByTestId('print-case').click();
  await page.waitForURL((url) => url.pathname === `/cases/${followed.id}/print`);
  await page.getByTestId('print-sheet').waitFor();
  await page.locator('.print-table tr[data-kind="completed"]').first().waitFor();
  await shot(page, 'mycases-print');
  await page.emulateMedia({ media: 'print' });
  check(!(await page.locator('.topbar').isVisible()), 'the navigation is not printed');
  check(!(await page.getByTestId('print-now').isVisible()), 'the print button is not printed');
  await shot(page, 'mycases-print-paper');
  await page.emulateMedia({ media: 'screen' });
}
