// A permit applicant follows the application on a 360 px phone: the front office files it and
// prints the receipt with the reference and an access code; the applicant mistypes the code
// once (nothing shown), then follows the application, and once the director has granted it
// downloads the certificate — the archived PDF itself.
import { readFile } from 'node:fs/promises';
import { memberOf } from '../accounts.mjs';
import { check, eventually, fill, PHONE, select, shot, startCase } from '../lib.mjs';
import { payTheFee } from './permit.mjs';

export default async function permitTracking(site) {
  const applicantName = `ຮ້ານ ພູສີ ການຄ້າ ${Date.now()}`;
  const front = await site.signedIn(memberOf('moic-front-office'));
  await front.goto(site.url('/start/permit'));
  await front.locator('.camunda-form .fjs-form').waitFor();
  await select(front, 'permitType', 'business-licence');
  await fill(front, 'applicantName', applicantName);
  await fill(front, 'applicantPhone', '020 7777 4321');
  // an enterprise of the MOIC registry (the moic-business-licence plugin looks it up)
  await fill(front, 'enterpriseNumber', '01-0001024');
  await select(front, 'businessType', 'trade');
  await fill(front, 'businessAddress', 'ບ້ານສີສະຫວາດ, ເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ');
  await select(front, 'businessSize', 'small');
  await fill(front, 'investmentAmount', 90000000);
  const reference = await startCase(front);
  check(/^APP-\d{4}-\d{6}$/.test(reference), `the receipt gives the application reference, not ${reference}`);
  await front.getByRole('button', { name: site.say('receipt.issueApplicantCode') }).click();
  const code = (await front.getByTestId('receipt-code').textContent()).trim();
  check(/^[A-Z2-9]{8}$/.test(code), `the receipt gives an access code, not ${code}`);
  await shot(front, 'start-permit-receipt-code');
  const caseId = (await site.api('admin', `/engine-rest/process-instance?businessKey=${reference}`))[0].id;

  // the applicant, on the phone: a wrong code shows nothing of the application
  const applicant = await site.page(PHONE);
  await applicant.goto(site.url('/track'));
  await applicant.locator('input[name=trackingNumber]').click();
  await applicant.locator('input[name=trackingNumber]').pressSequentially(reference);
  await applicant.locator('input[name=trackingCode]').click();
  await applicant.locator('input[name=trackingCode]').pressSequentially(wrong(code));
  await applicant.getByRole('button', { name: site.say('public.track.submit'), exact: true }).click();
  await applicant.getByRole('alert').waitFor();
  check((await applicant.getByTestId('case-status').count()) === 0, 'a wrong code shows nothing of the application');
  await shot(applicant, 'public-track-permit-wrong-code');

  await applicant.locator('input[name=trackingCode]').fill('');
  await applicant.locator('input[name=trackingCode]').pressSequentially(code.toLowerCase());
  await applicant.getByRole('button', { name: site.say('public.track.submit'), exact: true }).click();
  await applicant.getByTestId('case-status').waitFor();
  const received = await applicant.getByTestId('case-status').textContent();
  check(
    received.includes(reference) && received.includes(site.say('stage.RECEIVED')),
    'the page shows the reference, received',
  );
  check(received.includes(site.say('org.moic')), 'the page names the ministry handling it');
  check(!received.includes('7777'), "the page never shows the applicant's phone");
  check((await applicant.getByTestId('answer-pdf').count()) === 0, 'no certificate before the decision');
  await shot(applicant, 'public-track-permit-received');

  await decide(site, caseId);

  await eventually('the certificate is issued', async () => {
    await applicant.reload();
    await applicant.getByTestId('case-status').waitFor();
    return (await applicant.getByTestId('answer-pdf').count()) > 0;
  });
  const granted = await applicant.getByTestId('case-status').textContent();
  check(granted.includes(site.say('stage.GRANTED')), 'the page says the permit is granted');
  check(granted.includes('ຜ່ານເງື່ອນໄຂທຸກຂໍ້'), "the page gives the decision's reasons");
  check(!granted.includes('ບັນທຶກພາຍໃນ'), "the reviewer's notes stay inside");
  const steps = await applicant
    .locator('ol.timeline li')
    .evaluateAll((items) => items.map((item) => item.dataset.stage));
  check(
    steps.join() === 'RECEIVED,UNDER_REVIEW,PAYMENT_DUE,AWAITING_DECISION,GRANTED',
    `the timeline's steps: ${steps.join()}`,
  );
  const link = applicant.getByTestId('answer-pdf');
  check((await link.textContent()).trim() === site.say('public.track.certificate'), 'the link offers the certificate');
  await shot(applicant, 'public-track-permit-granted');
  const [download] = await Promise.all([applicant.waitForEvent('download'), link.click()]);
  const pdf = await readFile(await download.path());
  check(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the certificate downloads as a PDF');
}

/** Another code of the same shape. */
function wrong(code) {
  return code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
}

/**
 * The ministry decides, through the REST API as the people who hold each task (the permit
 * journey walks these screens): complete, reviewed, paid at the bank, granted.
 */
async function decide(site, caseId) {
  await completeAs(site, caseId, 'checkCompleteness', { documentsComplete: true });
  await completeAs(site, caseId, 'technicalReview', { reviewNotes: 'ບັນທຶກພາຍໃນ: ສະຖານທີ່ເໝາະສົມ' });
  await payTheFee(site, caseId);
  await completeAs(site, caseId, 'decidePermit', {
    permitDecision: 'approve',
    validUntil: '30/11/2029',
    decisionReasons: 'ຜ່ານເງື່ອນໄຂທຸກຂໍ້',
  });
}

async function completeAs(site, caseId, taskKey, variables) {
  const task = await site.taskOf(caseId, taskKey);
  const holder = await site.holderOf(task);
  const user = holder.user ?? memberOf(holder.group);
  await site.api(user, `/engine-rest/task/${task.id}/claim`, { method: 'POST', json: { userId: user } });
  site.remember(Object.values(variables).filter((value) => typeof value === 'string'));
  const typed = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]));
  await site.api(user, `/engine-rest/task/${task.id}/complete`, { method: 'POST', json: { variables: typed } });
}
