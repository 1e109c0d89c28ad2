// A letter returned by two different approvers, then rejected. Each approver's sign-off form
// opens empty, whatever anyone decided before; the drafter's revise form lists every return
// reason so far; a return without a reason is refused in place; the case's timeline keeps
// every decision with its reason.
import { caseWith, check, choose, completeTask, fieldValue, fill, select, shot, startCase, workOn } from '../lib.mjs';
import { endedAt, finishDraft, nextTaskKey, timelineTexts } from '../letters.mjs';

const DRAFTER = 'sengdao.moic';
/** The drafter's first two managers (ldap/ACCOUNTS.md): levels 1 and 2 of the chain. */
const FIRST = 'manivone.moic';
const SECOND = 'keo.moic';

export default async function letterRejected(site) {
  const stamp = Date.now();
  const reasons = {
    first: `ກະລຸນາອ້າງອີງດຳລັດເລກທີ 123/ລບ ${stamp}`,
    second: `ຂາດລາຍຊື່ວິສາຫະກິດທີ່ກ່ຽວຂ້ອງ ${stamp}`,
    rejected: `ເລື່ອງນີ້ຕ້ອງອອກເປັນຂໍ້ຕົກລົງຂອງລັດຖະມົນຕີ ບໍ່ແມ່ນໜັງສືແຈ້ງການ ${stamp}`,
  };
  const subject = `ແຈ້ງການກ່ຽວກັບລາຄານ້ຳມັນເຊື້ອໄຟ ${stamp}`;
  const drafter = await site.signedIn(DRAFTER);
  await drafter.goto(site.url('/start/document-approval'));
  await drafter.locator('.camunda-form .fjs-form').waitFor();
  await fill(drafter, 'subject', subject);
  await select(drafter, 'ministry', 'moic');
  await fill(drafter, 'letterBody', 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຂໍແຈ້ງລາຄານ້ຳມັນເຊື້ອໄຟປະຈຳເດືອນ.');
  await startCase(drafter);
  const caseId = await caseWith(site, 'document-approval', 'subject', subject);
  console.log(`  letter case ${caseId}`);
  await finishDraft(site, caseId, DRAFTER);

  // 1. the first approver returns it — after trying to return it without saying why
  await signOff(site, caseId, FIRST, async (page) => {
    await choose(page, 'decision', 'return');
    await page.getByRole('button', { name: site.say('task.complete') }).click();
    await page.getByRole('alert').first().waitFor();
    check(!(await page.getByText(site.say('task.completed')).count()), 'a return without a reason is not completed');
    await shot(page, 'task-letter-return-without-reason');
    await fill(page, 'comment', reasons.first);
    return 'return';
  });
  await revise(site, caseId, [reasons.first], 'ອີງຕາມດຳລັດເລກທີ 123/ລບ, ກະຊວງຂໍແຈ້ງລາຄານ້ຳມັນເຊື້ອໄຟ.');

  // 2. the first approves; the second returns it for another reason
  await signOff(site, caseId, FIRST, approve);
  await signOff(site, caseId, SECOND, async (page) => {
    await choose(page, 'decision', 'return');
    await fill(page, 'comment', reasons.second);
    await shot(page, 'task-letter-second-return');
    return 'return';
  });
  await revise(
    site,
    caseId,
    [reasons.first, reasons.second],
    'ອີງຕາມດຳລັດເລກທີ 123/ລບ, ກະຊວງຂໍແຈ້ງລາຄານ້ຳມັນເຊື້ອໄຟ ໃຫ້ບັນດາວິສາຫະກິດລຸ່ມນີ້.',
  );

  // 3. the first approves again; the second rejects, with both returns on the timeline before them
  await signOff(site, caseId, FIRST, approve);
  await signOff(site, caseId, SECOND, async (page) => {
    const timeline = await page.getByRole('region', { name: site.say('task.section.timeline') }).textContent();
    check(
      timeline.includes(reasons.first) && timeline.includes(reasons.second),
      "the approver sees both earlier returns on the case's timeline",
    );
    await choose(page, 'decision', 'reject');
    await fill(page, 'comment', reasons.rejected);
    await shot(page, 'task-letter-reject');
    return 'reject';
  });

  check((await nextTaskKey(site, caseId)) !== 'signOff', 'a rejection ends the chain');
  const ends = await endedAt(site, caseId);
  check(ends.includes('letterRejected'), `the letter ended as rejected, not at ${ends.join(', ')}`);
  const texts = (await timelineTexts(site, caseId)).join('\n');
  for (const [which, reason] of Object.entries(reasons)) {
    check(texts.includes(reason), `the case's timeline keeps the ${which} reason`);
  }
}

async function approve(page) {
  await choose(page, 'decision', 'approve');
  return 'approve';
}

/** The approver opens their sign-off task: the form must start empty, then they decide. */
async function signOff(site, caseId, approver, decide) {
  const key = await nextTaskKey(site, caseId);
  check(key === 'signOff', `the letter waits for ${approver}'s sign-off, not ${String(key)}`);
  const { page, user } = await workOn(site, caseId, 'signOff', () => approver);
  check(user === approver, `the sign-off is ${approver}'s, not ${user}'s`);
  const checked = await page.locator('.camunda-form input[type=radio]:checked').count();
  const comment = await fieldValue(page, 'comment');
  check(
    checked === 0 && comment === '',
    `${approver}'s sign-off form starts empty (${checked} chosen, comment "${comment}")`,
  );
  const decision = await decide(page);
  await completeTask(page);
  console.log(`  signOff: ${decision} by ${approver}`);
  await page.context().close();
}

/** The drafter revises: the form lists every return reason so far, oldest first. */
async function revise(site, caseId, reasons, newBody) {
  const key = await nextTaskKey(site, caseId);
  check(key === 'reviseLetter', `the letter is back with its drafter, not at ${String(key)}`);
  const { page } = await workOn(site, caseId, 'reviseLetter', () => DRAFTER);
  const listed = await fieldValue(page, 'returnReasons');
  let from = 0;
  for (const reason of reasons) {
    const at = listed.indexOf(reason, from);
    check(at >= 0, `the revise form lists "${reason}" after the earlier reasons; it shows:\n${listed}`);
    from = at + reason.length;
  }
  await shot(page, `task-letter-revise-${reasons.length}`);
  await fill(page, 'letterBody', newBody);
  await completeTask(page);
  await page.context().close();
}
