// The citizen's loop, closed: a caller's answered complaint is reopened by the citizen on a
// 360 px touch phone (tracking number and access code, a wrong code first), Bokeo's verifier
// finds it back in the inbox with the earlier answer and the reason on its timeline and answers
// again, the citizen rates the new answer on the phone, and Bokeo's supervisor sees the reopen
// and the rating in the dashboard's figures and in the spreadsheet it exports.
import { memberOf } from '../accounts.mjs';
import { check, choose, claim, completeTask, eventually, fill, openFromList, PHONE, shot } from '../lib.mjs';
import { sheetRows } from '../spreadsheet.mjs';

// What the citizen and the civil servants write is Lao in either language of the app.
const COMPLAINT = 'ນ້ຳປະປາບ້ານສີຖານ ເມືອງຫ້ວຍຊາຍ ບໍ່ໄຫຼມາຫ້າມື້ແລ້ວ';
const FIRST_ANSWER = 'ນ້ຳປະປາແຂວງໄດ້ປ່ຽນທໍ່ທີ່ແຕກແລ້ວ ນ້ຳໄຫຼປົກກະຕິ.';
const REOPEN_REASON = 'ນ້ຳຍັງບໍ່ໄຫຼຢູ່ ທໍ່ຢູ່ທ້າຍບ້ານຍັງແຕກ';
const SECOND_ANSWER = 'ໄດ້ປ່ຽນທໍ່ທ້າຍບ້ານສີຖານແລ້ວ ວັນທີ 3 ນ້ຳໄຫຼຮອດທຸກເຮືອນ.';
const RATING_COMMENT = 'ຂອບໃຈ ແຕ່ແກ້ໄຂຊ້າໄປ';
const BOKEO = 'bokeo';
const SUPERVISOR = memberOf('bokeo-hotline-supervisors');
const VERIFIER = memberOf('bokeo-hotline-verifiers');

export default async function citizenLoop(site) {
  site.remember(COMPLAINT, FIRST_ANSWER, REOPEN_REASON, SECOND_ANSWER, RATING_COMMENT);
  // Bokeo's figures before this journey's complaint, to tell what it changed
  const before = (await site.api(SUPERVISOR, `/api/figures/hotline?organisation=${BOKEO}`)).totals;
  // stars that move the average whatever it was
  const stars = (before.averageRating ?? 3) >= 3 ? 1 : 5;
  const { trackingNumber, trackingCode } = await answeredCall(site);
  console.log(`  complaint answered: ${trackingNumber}`);

  // 1. the citizen, on the phone, types the number and — a slip — a wrong code: a clear error in
  // the page's language, nothing of the complaint, and the number still there to correct the code
  const citizen = await site.page(PHONE, { touch: true });
  await citizen.goto(site.url('/track'));
  const numberField = citizen.locator('input[name=trackingNumber]');
  const codeField = citizen.locator('input[name=trackingCode]');
  await numberField.tap();
  await numberField.pressSequentially(trackingNumber);
  await codeField.tap();
  await codeField.pressSequentially(`${trackingCode.slice(0, 7)}${trackingCode[7] === 'A' ? 'B' : 'A'}`);
  const lookUp = citizen.getByRole('button', { name: site.say('public.track.submit'), exact: true });
  await lookUp.tap();
  const refusal = citizen.getByRole('alert');
  await refusal.waitFor();
  check(
    (await refusal.textContent()).includes(site.say('error.notFound')),
    `a wrong code says it found nothing, not "${await refusal.textContent()}"`,
  );
  check((await citizen.getByTestId('case-status').count()) === 0, 'a wrong code shows nothing of the complaint');
  check((await numberField.inputValue()) === trackingNumber, 'the tracking number survives the wrong code');
  await shot(citizen, 'loop-track-wrong-code');
  await codeField.fill(trackingCode);
  await lookUp.tap();
  await citizen.getByTestId('complaint-follow-up').waitFor();
  check(
    (await citizen.locator('dd[data-field=answer]').textContent()).includes(FIRST_ANSWER),
    'the citizen reads the first answer',
  );

  // 2. not resolved: the reason, typed the moment the box takes a tap
  const reason = citizen.locator('textarea[name=reopenReason]');
  await reason.tap();
  await reason.pressSequentially(REOPEN_REASON);
  await citizen.getByRole('button', { name: site.say('public.followUp.reopen'), exact: true }).tap();
  await citizen.getByText(site.say('public.followUp.reopened'), { exact: true }).waitFor();
  check(
    (await citizen.getByTestId('case-status').textContent()).includes(site.say('stage.REOPENED')),
    'the steps show the reopen',
  );
  await shot(citizen, 'loop-track-reopened');

  // 3. Bokeo's verifier finds the case back, with its history: the answer that went out, then why
  // the citizen came back; and answers again
  const verifier = await site.signedIn(VERIFIER);
  await openFromList(verifier, site, trackingNumber, 'verifyComplaint');
  const stepTexts = verifier.locator('ol.timeline li .comment');
  await stepTexts.filter({ hasText: REOPEN_REASON }).waitFor();
  const said = await stepTexts.allTextContents();
  const answered = said.findIndex((text) => text.includes(FIRST_ANSWER));
  const reopened = said.findIndex((text) => text.includes(REOPEN_REASON));
  check(answered >= 0, `the timeline shows the earlier answer: ${JSON.stringify(said)}`);
  check(reopened > answered, `the timeline shows the reopen reason after the answer: ${JSON.stringify(said)}`);
  await verifier.getByRole('heading', { name: site.say('task.section.timeline') }).scrollIntoViewIfNeeded();
  await shot(verifier, 'loop-verifier-reopened-history');
  await claim(verifier);
  await choose(verifier, 'complaintTrue', false);
  await fill(verifier, 'verificationNotes', 'ລົງກວດຄືນແລ້ວ: ທໍ່ທ້າຍບ້ານແຕກແທ້ ໄດ້ສ້ອມແລ້ວ');
  await completeTask(verifier);
  await openFromList(verifier, site, trackingNumber, 'writeExplanation');
  await claim(verifier);
  await fill(verifier, 'answerText', SECOND_ANSWER);
  await completeTask(verifier);

  // 4. the citizen reads the new answer and rates it: stars and a comment, on the phone
  await eventually('the second answer reaches the track page', async () => {
    await citizen.reload();
    await citizen.getByTestId('case-status').waitFor();
    const answer = citizen.locator('dd[data-field=answer]');
    return (
      (await answer.count()) > 0 &&
      (await answer.textContent()).includes(SECOND_ANSWER) &&
      (await citizen.getByTestId('complaint-follow-up').count()) > 0
    );
  });
  await citizen.getByLabel(site.say(`rating.${stars}`), { exact: true }).tap();
  const comment = citizen.locator('textarea[name=comment]');
  await comment.tap();
  await comment.pressSequentially(RATING_COMMENT);
  await citizen.getByRole('button', { name: site.say('public.followUp.rate'), exact: true }).tap();
  await citizen.getByText(site.say('public.followUp.rated'), { exact: true }).waitFor();
  await shot(citizen, 'loop-track-rated');

  // 5. Bokeo's supervisor: the dashboard, filtered to Bokeo, counts the reopen and the rating
  const supervisor = await site.signedIn(SUPERVISOR);
  await supervisor.getByRole('link', { name: site.say('nav.figures') }).click();
  await supervisor.getByRole('heading', { name: site.say('figures.title') }).waitFor();
  await supervisor.locator('select[name=organisation]').selectOption(BOKEO);
  await supervisor.getByRole('button', { name: site.say('figures.show'), exact: true }).click();
  await eventually(
    'the dashboard shows Bokeo',
    async () => new URL(supervisor.url()).searchParams.get('organisation') === BOKEO,
  );
  const card = (name) => supervisor.locator(`[data-figure="${name}"] .figure-value`);
  await card('reopened').waitFor();
  const shown = {
    reopened: Number(await card('reopened').textContent()),
    answered: Number(await card('answered').textContent()),
    reopenRate: await card('reopenRate').textContent(),
    rating: Number(await card('rating').textContent()),
  };
  check(shown.reopened === before.reopened + 1, `reopened ${before.reopened} → ${shown.reopened}, not one more`);
  check(shown.answered >= before.answered + 1, `answered ${before.answered} → ${shown.answered}: this one counts`);
  const rate = Math.round((shown.reopened * 1000) / shown.answered) / 10;
  check(
    shown.reopenRate === `${rate}%`,
    `reopen rate ${shown.reopenRate}, expected ${rate}% (${shown.reopened}/${shown.answered})`,
  );
  // the average before was rounded to two decimals: the new one is this rating's share of it
  const average = ((before.averageRating ?? 0) * before.ratings + stars) / (before.ratings + 1);
  check(
    Math.abs(shown.rating - average) <= 0.011,
    `average rating ${before.averageRating} → ${shown.rating}, expected ${average.toFixed(2)}`,
  );
  await shot(supervisor, 'loop-figures-bokeo');
  // the reopened count opens the list this complaint is on
  await supervisor.locator('button.figure[data-figure=reopened]').click();
  await supervisor.locator(`section[data-cases=reopened] tr[data-case="${trackingNumber}"]`).waitFor();

  // 6. the export opens as a spreadsheet, with Bokeo's row as the dashboard counts it
  const [download] = await Promise.all([
    supervisor.waitForEvent('download'),
    supervisor.getByRole('link', { name: site.say('figures.xlsx'), exact: true }).click(),
  ]);
  check(download.suggestedFilename().endsWith('.xlsx'), `the export is named ${download.suggestedFilename()}`);
  const rows = await sheetRows(await download.path());
  const bokeo = rows.find((row) => row[0] === BOKEO);
  check(bokeo, `the spreadsheet has Bokeo's row: ${JSON.stringify(rows)}`);
  // columns as the dashboard's exports write them: …, Reopened (9), Reopen rate (10), Ratings (11), Average rating (12)
  check(
    Number(bokeo[9]) === shown.reopened,
    `the spreadsheet's reopened ${bokeo[9]}, the dashboard's ${shown.reopened}`,
  );
  check(Number(bokeo[10]) === rate, `the spreadsheet's reopen rate ${bokeo[10]}, the dashboard's ${rate}`);
  check(
    Number(bokeo[11]) === before.ratings + 1,
    `the spreadsheet's ratings ${bokeo[11]}, expected ${before.ratings + 1}`,
  );
  check(
    Number(bokeo[12]) === shown.rating,
    `the spreadsheet's average rating ${bokeo[12]}, the dashboard's ${shown.rating}`,
  );
}

/**
 * A caller's complaint as the Office records it, with the access code the operator reads back,
 * and its first answer from Bokeo's verifier — the steps other journeys show on screen.
 */
async function answeredCall(site) {
  const operator = memberOf('opm-hotline-operators');
  const complaint = await site.start(operator, 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: BOKEO,
    complaintText: COMPLAINT,
  });
  const issued = await eventually('the caller gets a tracking number and code', () =>
    site.api(operator, `/api/inbox/cases/${complaint.id}/tracking-code`, { method: 'POST' }),
  );
  const triage = await site.taskOf(complaint.id, 'triageComplaint');
  await site.api(memberOf('opm-hotline-triage'), `/engine-rest/task/${triage.id}/complete`, {
    method: 'POST',
    json: {},
  });
  const verify = await site.taskOf(complaint.id, 'verifyComplaint');
  await site.api(VERIFIER, `/engine-rest/task/${verify.id}/complete`, {
    method: 'POST',
    json: { variables: { complaintTrue: { value: false } } },
  });
  const explain = await site.taskOf(complaint.id, 'writeExplanation');
  await site.api(VERIFIER, `/engine-rest/task/${explain.id}/complete`, {
    method: 'POST',
    json: { variables: { answerText: { value: FIRST_ANSWER } } },
  });
  await eventually('the answer waits for the citizen', async () => {
    const response = await fetch(
      site.url(`/api/public/hotline/complaints/${issued.trackingNumber}?code=${issued.trackingCode}`),
    );
    return response.ok && (await response.json()).reopenableUntil;
  });
  return issued;
}
