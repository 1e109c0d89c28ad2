// A business licence from the front office's application to its certificate: completeness,
// technical review, the fee paid at the bank, the director's approval, the PDF and its
// public verification page.
import { memberOf } from '../accounts.mjs';
import {
  caseWith,
  check,
  choose,
  completeTask,
  documentsOf,
  eventually,
  fill,
  fillDate,
  select,
  shot,
  startCase,
  workOn,
} from '../lib.mjs';

export default async function permit(site) {
  const applicant = `ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ ${Date.now()}`;
  const front = await site.signedIn(memberOf('moic-front-office'));
  await front.goto(site.url('/start'));
  await front.locator('.task-item a.title').first().waitFor();
  await shot(front, 'start-case-list');
  await front.goto(site.url('/start/permit'));
  await front.locator('.camunda-form .fjs-form').waitFor();
  await select(front, 'permitType', 'business-licence');
  await fill(front, 'applicantName', applicant);
  // An enterprise of the MOIC registry (the moic-business-licence plugin looks it up).
  await fill(front, 'enterpriseNumber', '01-0001024');
  await select(front, 'businessType', 'trade');
  await fill(front, 'businessAddress', 'ບ້ານໂພນໄຊ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ');
  await select(front, 'businessSize', 'small');
  await fill(front, 'investmentAmount', 250000000);
  await fill(front, 'applicationSummary', 'ຮ້ານຂາຍເຄື່ອງໃຊ້ໃນເຮືອນ ຢູ່ເມືອງໄຊເສດຖາ');
  await shot(front, 'start-permit-form');
  const reference = await startCase(front);
  check(/^APP-\d{4}-\d{6}$/.test(reference), `the receipt gives the application reference, not ${reference}`);
  await shot(front, 'start-permit-receipt');
  const caseId = await caseWith(site, 'permit', 'applicantName', applicant);
  console.log(`  permit case ${caseId}`);
  // the enterprise's name as the MOIC register holds it (the plugin looked it up): a proper name,
  // shown as registered in either language
  const registered = await eventually(
    'the enterprise is looked up',
    async () => (await site.api('admin', `/engine-rest/process-instance/${caseId}/variables/enterpriseName`)).value,
  );
  site.remember(registered);

  const completeness = await workOn(site, caseId, 'checkCompleteness', memberOf);
  await choose(completeness.page, 'documentsComplete', true);
  await completeTask(completeness.page);

  const review = await workOn(site, caseId, 'technicalReview', memberOf);
  await fill(review.page, 'reviewNotes', 'ເອກະສານຖືກຕ້ອງ, ສະຖານທີ່ເໝາະສົມ');
  await shot(review.page, 'task-permit-review');
  await completeTask(review.page);

  await payTheFee(site, caseId);

  const decision = await workOn(site, caseId, 'decidePermit', memberOf);
  await choose(decision.page, 'permitDecision', 'approve');
  // typed day first, as on paper: it must stay 30 November, never become another day
  await fillDate(decision.page, 'validUntil', '30/11/2029');
  await fill(decision.page, 'decisionReasons', 'ຜ່ານເງື່ອນໄຂທຸກຂໍ້');
  await shot(decision.page, 'task-permit-decision');
  await completeTask(decision.page);

  const [certificate] = await documentsOf(site, caseId);
  check(certificate.code, 'the certificate has a verification code');
  check(
    certificate.validUntil === '2029-11-30',
    `the certificate is valid until the day typed, got ${certificate.validUntil}`,
  );
  const citizen = await site.page();
  await citizen.goto(site.url(`/verify/${encodeURIComponent(certificate.code)}`));
  await citizen.getByText(site.say('public.verify.valid')).waitFor();
  const verified = await citizen.getByTestId('document').textContent();
  const validUntil = `30 ${site.say('month.11')} 2029`;
  check(verified.includes(validUntil), `the verify page shows the validity date typed, ${validUntil}`);
  check(verified.includes(certificate.serial), 'the verify page shows the serial');
  await shot(citizen, 'public-verify-certificate');
}

/** The applicant pays at the bank; the bank's message carries the amount (no screen does this). */
export async function payTheFee(site, caseId) {
  await eventually('the case waits for the payment', async () => {
    const waiting = await site.api(
      'admin',
      `/engine-rest/execution?processInstanceId=${caseId}&messageEventSubscriptionName=PermitPaymentReceived`,
    );
    return waiting.length > 0;
  });
  const fee = await site.api('admin', `/engine-rest/process-instance/${caseId}/variables/feeAmount`);
  await site.api('admin', '/engine-rest/message', {
    method: 'POST',
    json: {
      messageName: 'PermitPaymentReceived',
      processInstanceId: caseId,
      processVariables: {
        paidAmount: { value: fee.value, type: fee.type },
        paymentReference: { value: `BCEL-${Date.now()}`, type: 'String' },
      },
    },
  });
}
