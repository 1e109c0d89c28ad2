// A citizen's complaint from the public form to the published answer: the Office triages it,
// Bokeo's verifier (on a 360 px phone) verifies and reports, the Office accepts, the citizen
// follows it by tracking number and reads the answer.
import { readFile } from 'node:fs/promises';
import { memberOf } from '../accounts.mjs';
import { check, choose, claim, completeTask, escape, eventually, fill, openFromList, PHONE, shot } from '../lib.mjs';

// What the citizen and the civil servants write is Lao in either language of the app.
const COMPLAINT = 'ຂົວຂ້າມຫ້ວຍບ້ານດອນໄຊ ເມືອງຫ້ວຍຊາຍ ພັງມາສອງເດືອນແລ້ວ ເດັກນ້ອຍໄປໂຮງຮຽນບໍ່ໄດ້';
const REOPEN_REASON = 'ທາງຍັງເປັນຂຸມຢູ່ ບໍ່ມີໃຜມາສ້ອມເລີຍ';
const ANSWER = 'ແຂວງບໍ່ແກ້ວໄດ້ສ້ອມແປງຂົວແລ້ວ ແລະ ເປີດໃຊ້ຄືນແຕ່ວັນທີ 10 ເປັນຕົ້ນໄປ.';

export default async function hotline(site) {
  site.remember(COMPLAINT, 'ຂົວພັງ');
  const citizen = await site.page(PHONE);
  await citizen.goto(site.url('/complaint'));
  await citizen.getByLabel(site.say('public.complaint.province')).selectOption('bokeo');
  await citizen.getByLabel(site.say('public.complaint.category')).selectOption('public-service');
  // The rule (at least 10 characters, as a reader counts them) lands under the field.
  await citizen.getByLabel(site.say('public.complaint.complaintText')).fill('ຂົວພັງ');
  await citizen.getByRole('button', { name: site.say('public.complaint.submit') }).click();
  await citizen.locator('[data-error-for=complaintText]').waitFor();
  await shot(citizen, 'public-complaint-refused-field');
  await citizen.getByLabel(site.say('public.complaint.complaintText')).fill(COMPLAINT);
  await citizen.getByLabel(site.say('public.complaint.citizenPhone')).fill('020 5555 7788');
  await shot(citizen, 'public-complaint-form');
  await citizen.getByRole('button', { name: site.say('public.complaint.submit') }).click();
  const trackingNumber = (await citizen.getByTestId('tracking-number').textContent()).trim();
  check(/^1516-\d{4}-\d{6}$/.test(trackingNumber), `tracking number ${trackingNumber}`);
  const trackingCode = (await citizen.getByTestId('tracking-code').textContent()).trim();
  check(/^[A-Z2-9]{8}$/.test(trackingCode), `access code ${trackingCode}`);
  await shot(citizen, 'public-complaint-received');
  console.log(`  complaint filed: ${trackingNumber}`);

  const triage = await site.signedIn(memberOf('opm-hotline-triage'));
  await openFromList(triage, site, trackingNumber, 'triageComplaint');
  await claim(triage);
  await fill(triage, 'triageNote', 'ສົ່ງໃຫ້ແຂວງບໍ່ແກ້ວກວດສອບ');
  await triage.locator('[data-testid=diagram] .djs-element').first().waitFor();
  await shot(triage, 'task-triage');
  await completeTask(triage);

  // The Office's supervisor (an administrator here) hands the verification to Bokeo's verifier.
  const admin = await site.signedIn('admin');
  await openFromList(admin, site, trackingNumber, 'verifyComplaint');
  await admin.getByLabel(site.say('task.handover.choose')).selectOption(memberOf('bokeo-hotline-verifiers'));
  await admin.getByRole('button', { name: site.say('task.handover') }).click();
  const [handedBefore, handedAfter] = site.say('task.handover.done', { name: '\u0000' }).split('\u0000');
  // the notice itself: while the task page re-renders, a wrapper may briefly hold nothing else
  await admin
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${escape(handedBefore)}.+${escape(handedAfter)}$`) })
    .waitFor();
  await shot(admin, 'task-handed-over');

  const verifier = await site.signedIn(memberOf('bokeo-hotline-verifiers'), PHONE);
  await openFromList(verifier, site, trackingNumber, 'verifyComplaint');
  await shot(verifier, 'inbox-verifier-360-task');
  await claim(verifier);
  await choose(verifier, 'complaintTrue', true);
  await fill(verifier, ['verificationNotes', 'verificationNote'], 'ລົງກວດແລ້ວ: ຂົວພັງແທ້, ມີຮູບຖ່າຍປະກອບ');
  await completeTask(verifier);
  // the list narrowed to this complaint: other cases' titles are other people's writing, in Lao
  await verifier.goto(site.url(`/tasks?q=${encodeURIComponent(trackingNumber)}`));
  await verifier.locator('.task-item[data-task-key=investigateAndReport]').waitFor();
  await shot(verifier, 'inbox-verifier-360-list');

  await openFromList(verifier, site, trackingNumber, 'investigateAndReport');
  await claim(verifier);
  await fill(verifier, 'actionsTaken', 'ພະແນກໂຍທາທິການແຂວງ ສ້ອມແປງຂົວຊົ່ວຄາວ');
  await fill(verifier, 'reportText', ANSWER);
  await completeTask(verifier);

  await openFromList(triage, site, trackingNumber, 'reviewReport');
  await claim(triage);
  await choose(triage, 'reportAccepted', true);
  await fill(triage, 'answerText', ANSWER);
  await triage.getByRole('heading', { name: site.say('task.section.timeline') }).scrollIntoViewIfNeeded();
  await shot(triage, 'task-office-review-timeline');
  await completeTask(triage);

  // the citizen types both on the track page, as the confirmation told them — first with a
  // slip of the finger in the code, which shows nothing of the complaint
  await citizen.goto(site.url('/track'));
  await citizen.locator('input[name=trackingNumber]').click();
  await citizen.locator('input[name=trackingNumber]').pressSequentially(trackingNumber);
  await citizen.locator('input[name=trackingCode]').click();
  await citizen
    .locator('input[name=trackingCode]')
    .pressSequentially(`${trackingCode.slice(0, 7)}${trackingCode[7] === 'A' ? 'B' : 'A'}`);
  await citizen.getByRole('button', { name: site.say('public.track.submit'), exact: true }).click();
  await citizen.getByRole('alert').waitFor();
  check((await citizen.getByTestId('case-status').count()) === 0, 'a wrong code shows nothing of the complaint');
  await shot(citizen, 'public-track-wrong-code');
  await citizen.locator('input[name=trackingCode]').fill(trackingCode.toLowerCase());
  await citizen.getByRole('button', { name: site.say('public.track.submit'), exact: true }).click();
  await citizen.getByTestId('case-status').waitFor();

  await eventually('the answer is published', async () => {
    await citizen.goto(site.url(`/track/${trackingNumber}?code=${trackingCode}`));
    await citizen.getByTestId('case-status').waitFor();
    return (await citizen.getByTestId('case-status').textContent()).includes(site.say('stage.ANSWERED'));
  });
  const status = await citizen.getByTestId('case-status').textContent();
  check(status.includes(site.say('org.bokeo')), 'the status names the responsible province');
  check(!status.includes('5555'), "the status never shows the citizen's phone");
  await shot(citizen, 'public-track-answered');
  check(!status.includes('answerDocumentCode'), 'the status shows no raw field names');

  // at 360 px every menu item is on screen, Verify included
  const offScreen = await citizen.locator('nav.main-nav a').evaluateAll((links) =>
    links
      .filter((link) => {
        const box = link.getBoundingClientRect();
        return box.left < 0 || box.right > link.ownerDocument.documentElement.clientWidth;
      })
      .map((link) => link.textContent),
  );
  check(offScreen.length === 0, `menu items off-screen at 360 px: ${offScreen.join(', ')}`);

  // on the phone, the citizen downloads the official answer: the archived PDF itself
  await eventually('the official answer is issued', async () => {
    await citizen.goto(site.url(`/track/${trackingNumber}?code=${trackingCode}`));
    await citizen.getByTestId('case-status').waitFor();
    return (await citizen.getByTestId('answer-pdf').count()) > 0;
  });
  const [download] = await Promise.all([citizen.waitForEvent('download'), citizen.getByTestId('answer-pdf').click()]);
  const pdf = await readFile(await download.path());
  check(pdf.subarray(0, 4).toString('latin1') === '%PDF', 'the answer downloads as a PDF');
  const answered = await citizen.request.get(site.url(await citizen.getByTestId('answer-pdf').getAttribute('href')));
  check(answered.headers()['content-type']?.startsWith('application/pdf'), 'the answer is sent as a PDF');

  await citizen.goto(site.url('/answers'));
  await citizen.getByTestId('answer').first().waitFor();
  check((await citizen.locator('main').textContent()).includes(trackingNumber), 'the answer is on the public page');
  await shot(citizen, 'public-answers');

  // the citizen rates the answer, finds the road still broken and reopens the same case; an empty
  // reason is a wrong turn the browser stops before anything is sent
  await citizen.goto(site.url(`/track/${trackingNumber}?code=${trackingCode}`));
  await citizen.getByTestId('complaint-follow-up').waitFor();
  await citizen.getByLabel(site.say('rating.4'), { exact: true }).check();
  await citizen.getByRole('button', { name: site.say('public.followUp.rate'), exact: true }).click();
  await citizen.getByText(site.say('public.followUp.rated'), { exact: true }).waitFor();
  const reopen = citizen.getByRole('button', { name: site.say('public.followUp.reopen'), exact: true });
  await reopen.click();
  check(
    await citizen.locator('textarea[name=reopenReason]').evaluate((box) => !box.validity.valid),
    'an empty reason is refused in the browser',
  );
  await citizen.locator('textarea[name=reopenReason]').click();
  await citizen.locator('textarea[name=reopenReason]').pressSequentially(REOPEN_REASON);
  await reopen.click();
  await citizen.getByText(site.say('public.followUp.reopened'), { exact: true }).waitFor();
  check(
    (await citizen.getByTestId('case-status').textContent()).includes(site.say('stage.REOPENED')),
    'the steps show the reopen',
  );
  await shot(citizen, 'public-track-reopened');
  await openFromList(verifier, site, trackingNumber, 'verifyComplaint');
  await shot(verifier, 'inbox-reopened-complaint');
}
