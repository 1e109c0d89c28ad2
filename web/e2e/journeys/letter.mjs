// An official letter from its drafter through the sign-off chain (the drafter's managers):
// the first approver returns it once, the drafter revises it, then every approver signs.
import { caseWith, check, choose, completeTask, documentsOf, fill, select, shot, startCase, workOn } from '../lib.mjs';
import { ENDED, ended, nextTaskKey } from '../letters.mjs';

const DRAFTER = 'sengdao.moic';
/** More tasks than any sign-off chain of the demo directory has: a chain that never ends fails here. */
const MAX_TASKS = 20;

export default async function letter(site) {
  const subject = `ແຈ້ງການກ່ຽວກັບການຕໍ່ອາຍຸໃບອະນຸຍາດທຸລະກິດ ${Date.now()}`;
  const drafter = await site.signedIn(DRAFTER);
  await drafter.goto(site.url('/start/document-approval'));
  await drafter.locator('.camunda-form .fjs-form').waitFor();
  await fill(drafter, 'subject', subject);
  await select(drafter, 'ministry', 'moic');
  await fill(drafter, 'letterBody', 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຂໍແຈ້ງໃຫ້ບັນດາວິສາຫະກິດ ຕໍ່ອາຍຸໃບອະນຸຍາດ ກ່ອນວັນທີ 31 ທັນວາ.');
  await shot(drafter, 'start-letter-form');
  await startCase(drafter);
  const caseId = await caseWith(site, 'document-approval', 'subject', subject);
  console.log(`  letter case ${caseId}`);

  let returned = 0;
  let signed = 0;
  for (let step = 0; step < MAX_TASKS; step++) {
    const key = await nextTaskKey(site, caseId);
    if (key === ENDED) break;
    const { page, user } = await workOn(site, caseId, key, () => DRAFTER);
    if (key === 'signOff' && returned === 0) {
      await choose(page, 'decision', 'return');
      await fill(page, 'comment', 'ກະລຸນາເພີ່ມເລກທີ່ຂອງດຳລັດທີ່ອ້າງອີງ');
      await shot(page, 'task-letter-return');
      returned++;
    } else if (key === 'signOff') {
      await choose(page, 'decision', 'approve');
      signed++;
      await shot(page, `task-letter-signoff-${signed}`);
    } else {
      await fill(page, 'letterBody', 'ອີງຕາມດຳລັດເລກທີ 123/ລບ, ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຂໍແຈ້ງໃຫ້ຕໍ່ອາຍຸໃບອະນຸຍາດ.');
      await shot(page, 'task-letter-revise');
    }
    await completeTask(page);
    console.log(`  ${key} by ${user}`);
  }
  check(await ended(site, caseId), 'the letter went through its sign-offs');
  check(returned === 1 && signed >= 2, `one return and two or more sign-offs (returned ${returned}, signed ${signed})`);
  const documents = await documentsOf(site, caseId);
  check(documents.length > 0, 'the letter is issued as a PDF');
}
