// Bokeo's verifier claims a task and types at once, as people do — on a provincial link the
// claim is still on its way. Nothing typed is lost: not to the claim, and not to a session that
// ends before they press Complete (they sign in again and find the page and their text as left).
import { memberOf } from '../accounts.mjs';
import { check, choose, openTask, shot, taskField } from '../lib.mjs';

export default async function typing(site) {
  const taskId = await bokeoVerificationTask(site);
  const user = memberOf('bokeo-hotline-verifiers');
  const page = await site.signedIn(user);
  await openTask(page, site, taskId);
  const notes = await taskField(site, page, taskId, ['verificationNotes', 'verificationNote']);
  const first = 'ລົງກວດພື້ນທີ່ແລ້ວ ';
  const rest = `ຂົວພັງແທ້ ມີຮູບປະກອບ ${Date.now()}`;
  site.remember(first + rest);

  await page.getByRole('button', { name: site.say('task.claim') }).click();
  await notes.fill(first); // the moment the field takes input
  await notes.pressSequentially(rest);
  await page.getByRole('button', { name: site.say('task.unclaim') }).waitFor(); // the claim has landed
  check(
    (await notes.inputValue()) === first + rest,
    `what was typed survives the claim, not "${await notes.inputValue()}"`,
  );
  await choose(page, 'complaintTrue', true);
  await shot(page, 'task-typed-after-claim');

  // the session ends (a long lunch); Complete then asks to sign in again, in the user's language.
  // The inbox's own poll may find out first and ask before the click lands (the button is then
  // gone): either way the person is asked to sign in again, and nothing typed is lost.
  await page.context().clearCookies();
  const expired = page.getByText(site.say('login.expired'));
  await page
    .getByRole('button', { name: site.say('task.complete') })
    .click({ timeout: 10_000 })
    .catch(() => {}); // settled here, so that it cannot click the page signed in again below
  await expired.waitFor();
  await shot(page, 'login-session-expired-on-task');
  await site.signIn(page, user);
  await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`);
  const again = await taskField(site, page, taskId, ['verificationNotes', 'verificationNote']);
  await again.waitFor();
  check(
    (await again.inputValue()) === first + rest,
    `the draft is back after signing in, not "${await again.inputValue()}"`,
  );
  await page.getByRole('button', { name: site.say('task.complete') }).click();
  await page.getByText(site.say('task.completed')).waitFor();
}

/** A Bokeo complaint of this journey's own, triaged, waiting for Bokeo's verifiers: its task id. */
async function bokeoVerificationTask(site) {
  const complaint = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `ທໍ່ນ້ຳປະປາບ້ານຫາດຊາຍຂາວ ແຕກມາສອງອາທິດແລ້ວ ${Date.now()}`,
  });
  const triage = await site.taskOf(complaint.id, 'triageComplaint');
  await site.api(memberOf('opm-hotline-triage'), `/engine-rest/task/${triage.id}/complete`, {
    method: 'POST',
    json: {},
  });
  const verification = await site.taskOf(complaint.id, 'verifyComplaint');
  return verification.id;
}
