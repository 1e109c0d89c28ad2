// A signed letter goes out to two ministries: the drafter picks them in the recipient picker,
// every approver signs, and the registry office of each recipient finds it in its inbox and
// acknowledges it; a third ministry's registry office never sees it.
import { memberOf } from '../accounts.mjs';
import {
  caseWith,
  check,
  choose,
  claim,
  completeTask,
  fieldValue,
  fill,
  openFromList,
  pickTags,
  select,
  shot,
  startCase,
  workOn,
} from '../lib.mjs';
import { ENDED, endedAt, finishDraft, nextTaskKey } from '../letters.mjs';

const DRAFTER = 'sengdao.moic';
const RECIPIENTS = ['mof', 'mtc'];
/** More sign-offs than the demo directory's longest chain: a chain that never ends fails here. */
const MAX_SIGNOFFS = 6;

export default async function letterDistributed(site) {
  const subject = `ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ ການຄ້າຂ້າມແດນ ${Date.now()}`;
  const drafter = await site.signedIn(DRAFTER);
  await drafter.goto(site.url('/start/document-approval'));
  await drafter.locator('.camunda-form .fjs-form').waitFor();
  await select(drafter, 'ministry', 'moic');
  await fill(drafter, 'letterBody', 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຂໍເຊີນຜູ້ຕາງໜ້າເຂົ້າຮ່ວມກອງປະຊຸມ ວັນທີ 15 ທັນວາ.');
  await pickTags(drafter, 'recipients', RECIPIENTS);
  // the wrong turn: no subject yet — refused under the field, nothing started
  await drafter.getByRole('button', { name: site.say('start.submit'), exact: true }).click();
  await drafter.locator('.fjs-form-field-error').first().waitFor();
  check(drafter.url().endsWith('/start/document-approval'), 'a letter without a subject is not started');
  await fill(drafter, 'subject', subject);
  await shot(drafter, 'start-letter-two-recipients');
  await startCase(drafter);
  const caseId = await caseWith(site, 'document-approval', 'subject', subject);
  console.log(`  letter case ${caseId}`);
  await finishDraft(site, caseId, DRAFTER);

  for (let signed = 0; ; signed++) {
    check(signed < MAX_SIGNOFFS, 'the sign-off chain ends');
    const key = await nextTaskKey(site, caseId);
    if (key !== 'signOff') {
      check(
        key === 'acknowledgeIncoming',
        `after the sign-offs the letter is with the registries, not at ${String(key)}`,
      );
      break;
    }
    const { page, user } = await workOn(site, caseId, 'signOff', () => DRAFTER);
    await choose(page, 'decision', 'approve');
    await completeTask(page);
    console.log(`  signOff: approve by ${user}`);
    await page.context().close();
  }

  const registryNumber = await site.api('admin', `/engine-rest/process-instance/${caseId}/variables/registryNumber`);
  for (const ministry of RECIPIENTS) {
    const registry = await site.signedIn(memberOf(`${ministry}-registry`));
    await openFromList(registry, site, subject, 'acknowledgeIncoming');
    const shownSubject = await fieldValue(registry, 'subject');
    check(shownSubject === subject, `${ministry}'s registry sees the letter's subject, not "${shownSubject}"`);
    const shownNumber = await fieldValue(registry, 'registryNumber');
    check(
      shownNumber === String(registryNumber.value),
      `${ministry}'s registry sees the registry number ${registryNumber.value}, not ${shownNumber}`,
    );
    await claim(registry);
    await shot(registry, `task-letter-incoming-${ministry}`);
    await completeTask(registry);
    console.log(`  acknowledged by ${ministry}'s registry office`);
  }

  // a ministry the letter was not sent to has nothing of it
  const other = await site.signedIn(memberOf('monre-registry'));
  await other.goto(site.url(`/tasks?q=${encodeURIComponent(subject)}`));
  await other
    .locator('.task-list')
    .or(other.getByText(site.say('tasks.empty')))
    .first()
    .waitFor();
  check(
    (await other.locator('.task-item[data-task-key=acknowledgeIncoming]').count()) === 0,
    "MONRE's registry office does not get a letter sent to MOF and MTC",
  );

  check((await nextTaskKey(site, caseId)) === ENDED, 'the letter is done once both registries acknowledged it');
  const ends = await endedAt(site, caseId);
  check(ends.includes('letterDistributed'), `the letter ended as distributed, not at ${ends.join(', ')}`);
}
