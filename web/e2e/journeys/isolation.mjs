// A verifier of another ministry pastes the address of Bokeo's task: the app says it is not
// theirs to see, and shows nothing of the case. Then their session expires mid-work: the app
// asks them to sign in again and brings them back to the same page.
import { memberOf } from '../accounts.mjs';
import { check, shot } from '../lib.mjs';

export default async function isolation(site) {
  const bokeoTaskUrl = await bokeoVerificationTask(site);
  const moic = await site.signedIn('ounkham.moic');
  await moic.goto(bokeoTaskUrl);
  await moic.getByText(site.say('error.notFound')).waitFor();
  const text = await moic.locator('main').textContent();
  check(!text.includes('ຂົວ'), 'nothing of the case is shown');
  check(!/Exception|\tat /.test(text), 'no stack trace');
  await shot(moic, 'task-other-ministry-refused');

  await moic.goto(site.url('/tasks?scope=mine'));
  await moic.getByRole('heading', { name: site.say('tasks.title') }).waitFor();
  await moic.getByRole('tab', { name: site.say('tasks.scope.groups') }).click();
  await moic.waitForURL(/scope=groups/);
  await moic.context().clearCookies(); // the session is gone, as after a long lunch
  // the inbox's own poll for new tasks is the next request: it meets the expired session
  // (a click here would race with that poll for which of them finds out first)
  await moic.getByText(site.say('login.expired')).waitFor();
  await shot(moic, 'login-session-expired');
  await site.signIn(moic, 'ounkham.moic');
  await moic.getByRole('heading', { name: site.say('tasks.title') }).waitFor();
  check(new URL(moic.url()).search === '?scope=groups', `back on the same page, not ${moic.url()}`);
}

/** A Bokeo complaint of this journey's own, triaged, waiting for Bokeo's verifiers: its task's address. */
async function bokeoVerificationTask(site) {
  const complaint = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `ຂົວໄມ້ບ້ານຫາດຊາຍຂາວ ເມືອງຫ້ວຍຊາຍ ຫັກມາສາມອາທິດແລ້ວ ${Date.now()}`,
  });
  const triage = await site.taskOf(complaint.id, 'triageComplaint');
  await site.api(memberOf('opm-hotline-triage'), `/engine-rest/task/${triage.id}/complete`, {
    method: 'POST',
    json: {},
  });
  const verification = await site.taskOf(complaint.id, 'verifyComplaint');
  return site.url(`/tasks/${verification.id}`);
}
