// How soon a task page is usable — its form drawn and its Claim button ready — on a provincial 3G
// link, with a cold cache (a first visit) and a warm one (the next visit), against the same page
// on the unthrottled link as the control, measured in the same run. Three rounds each; prints one
// JSON line per measurement for TaskPageBench, which writes the table.
//   node e2e/bench/taskPage.mjs <baseUrl> [rounds]
import { performance } from 'node:perf_hooks';
import { memberOf } from '../accounts.mjs';
import { launch, PROVINCIAL_3G, Site } from '../lib.mjs';

const [baseUrl, roundsArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 3);
const USER = memberOf('bokeo-hotline-verifiers');
const CONDITIONS = [
  { link: 'unthrottled (control)', network: null },
  { link: 'provincial 3G', network: PROVINCIAL_3G },
];

const browser = await launch();
try {
  const setup = new Site(browser, baseUrl);
  const taskId = await awaitingVerification(setup);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { link, network } of CONDITIONS) {
      const site = new Site(browser, baseUrl, { network });
      const page = await site.page();
      await signInQuietly(page, site);
      const cold = await usableAfter(page, site, taskId);
      const warm = await usableAfter(page, site, taskId);
      console.log(JSON.stringify({ link, cache: 'cold', round, ms: cold }));
      console.log(JSON.stringify({ link, cache: 'warm', round, ms: warm }));
      const problems = site.takeProblems();
      if (problems.length) throw new Error(`the page showed errors: ${problems.join('; ')}`);
      await site.closeAll();
    }
  }
} finally {
  await browser.close();
}

/** Milliseconds from asking for the task page to its form drawn and its Claim button ready. */
async function usableAfter(page, site, taskId) {
  const started = performance.now();
  await page.goto(site.url(`/tasks/${taskId}`));
  await page.locator('.camunda-form .fjs-form textarea, .camunda-form .fjs-form input').first().waitFor();
  const claim = page.getByRole('button', { name: site.say('task.claim') });
  await claim.waitFor();
  await page.waitForFunction(() => !document.querySelector('.camunda-form')?.parentElement?.querySelector('p.muted')); // eslint-disable-line no-undef
  return Math.round(performance.now() - started);
}

/** Signs in through the API of the page's own browser window, so none of the app is cached yet. */
async function signInQuietly(page, site) {
  const api = page.context().request;
  await api.get(site.url('/api/auth/session'));
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'GFLOW-XSRF-TOKEN')?.value;
  const answer = await api.post(site.url('/api/auth/login'), {
    data: { username: USER, password: 'demo' },
    headers: { 'X-XSRF-TOKEN': token ?? '', 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!answer.ok()) throw new Error(`sign-in refused: ${answer.status()}`);
}

/** A Bokeo complaint of the benchmark's own, triaged, waiting for Bokeo's verifiers: its task id. */
async function awaitingVerification(site) {
  const complaint = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: `ໄຟທາງບ້ານຫາດຊາຍຂາວ ດັບມາໜຶ່ງເດືອນແລ້ວ ${Date.now()}`,
  });
  const triage = await site.taskOf(complaint.id, 'triageComplaint');
  await site.api(memberOf('opm-hotline-triage'), `/engine-rest/task/${triage.id}/complete`, {
    method: 'POST',
    json: {},
  });
  return (await site.taskOf(complaint.id, 'verifyComplaint')).id;
}
