// Out of office: MTC's division head sets an absence in the app with a colleague of her ministry
// as delegate; a letter naming her as its approver reaches the delegate, marked "on behalf of"
// her in his inbox and in the case's history; she cancels the absence, and the next letter
// reaches her again. The supervisor of her ministry then sets an absence for her from his own
// page, and hers shows it.
import { check, eventually, shot } from '../lib.mjs';

const AWAY = 'vanh.mtc';
const DELEGATE = 'bounthavy.mtc';
const DRAFTER = 'phet.mtc';
const SUPERVISOR = 'lamphone.mtc';

/** Today in Vientiane, day first, as a civil servant types it. */
function todayTyped() {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Vientiane',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  return parts; // dd/mm/yyyy
}

/** Starts a letter by the drafter with this one approver, and sends the draft up as it is. */
async function letterFor(site, approver, subject) {
  const started = await site.api(DRAFTER, '/engine-rest/process-definition/key/document-approval/start', {
    method: 'POST',
    json: {
      variables: {
        ministry: { value: 'mtc' },
        subject: { value: subject },
        letterBody: { value: 'ກະຊວງຖະແຫຼງຂ່າວ ຂໍແຈ້ງກອງປະຊຸມປະຈຳເດືອນ.' },
        recipients: listValue(['mtc-registry']),
        approvers: listValue([approver]),
      },
    },
  });
  site.remember(subject);
  const draft = await site.taskOf(started.id, 'writeLetter');
  await site.api(DRAFTER, `/engine-rest/task/${draft.id}/complete`, { method: 'POST', json: { variables: {} } });
  return { caseId: started.id, signOff: await site.taskOf(started.id, 'signOff') };
}

function listValue(items) {
  return {
    value: JSON.stringify(items),
    type: 'Object',
    valueInfo: { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' },
  };
}

/** A journey that failed half-way leaves no absence behind for the next run. */
async function cancelLeftovers(site) {
  for (const absence of await site.api('admin', `/api/absences?person=${AWAY}`)) {
    await site.api('admin', `/api/absences/${absence.id}`, { method: 'DELETE' });
  }
}

export default async function absence(site) {
  await cancelLeftovers(site);
  const profile = await site.api('admin', `/engine-rest/user/${AWAY}/profile`);
  const stamp = Date.now();

  // 1. she sets her absence from the inbox header: from today (filled in) until today, typed day first
  const away = await site.signedIn(AWAY);
  await away.getByRole('link', { name: site.say('nav.absence') }).click();
  await away.getByRole('heading', { name: site.say('absence.title') }).waitFor();
  const delegateChoice = away.locator('select[name="delegate"]');
  await eventually(
    'the delegates are listed',
    async () => (await delegateChoice.locator(`option[value="${DELEGATE}"]`).count()) > 0,
  );
  await delegateChoice.selectOption(DELEGATE);
  const today = todayTyped();
  await away.locator('input[name="until"]').fill(today);
  site.remember(today);
  await away.getByRole('button', { name: site.say('absence.save') }).click();
  await away.getByText(site.say('absence.saved')).waitFor();
  const row = away.locator('li[data-absence-id]');
  await row.first().waitFor();
  check((await row.getAttribute('data-current')) === 'true', 'the absence is current today');
  await shot(away, 'absence-set');

  try {
    // 2. a letter naming her as approver goes to her delegate instead
    const subject = `ແຈ້ງກອງປະຊຸມ ${stamp}`;
    const first = await letterFor(site, AWAY, subject);
    check(first.signOff.assignee === DELEGATE, `the sign-off went to the delegate, not ${first.signOff.assignee}`);

    // 3. his inbox marks it as held on her behalf, and so does the case's history
    const delegate = await site.signedIn(DELEGATE);
    const item = delegate.locator(`.task-item[data-task-id="${first.signOff.id}"]`);
    await eventually("the sign-off is in the delegate's inbox", async () => {
      await delegate.goto(site.url(`/tasks?q=${encodeURIComponent(String(stamp))}`));
      await delegate
        .locator('.task-list')
        .or(delegate.getByText(site.say('tasks.empty')))
        .first()
        .waitFor();
      return (await item.count()) > 0;
    });
    const mark = item.locator('[data-field="on-behalf-of"]');
    const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
    check((await mark.textContent()).includes(profile.firstName), `the task is marked on behalf of ${name}`);
    await shot(delegate, 'absence-delegate-inbox');
    await item.locator('a.title').click();
    await delegate.locator('.timeline [data-field="on-behalf-of"]').first().waitFor();
    await shot(delegate, 'absence-delegate-task');

    // 4. she cancels the absence; the next letter reaches her again, unmarked
    await away.getByRole('button', { name: site.say('absence.cancel') }).click();
    await away.getByText(site.say('absence.none')).waitFor();
    await shot(away, 'absence-cancelled');
    const second = await letterFor(site, AWAY, `ແຈ້ງກອງປະຊຸມຄັ້ງທີສອງ ${stamp}`);
    check(second.signOff.assignee === AWAY, `after the absence the sign-off is hers, not ${second.signOff.assignee}'s`);
    await away.goto(site.url(`/tasks?q=${encodeURIComponent(String(stamp))}`));
    const hers = away.locator(`.task-item[data-task-id="${second.signOff.id}"]`);
    await hers.waitFor();
    check((await hers.locator('[data-field="on-behalf-of"]').count()) === 0, 'her own task carries no mark');

    // 5. the supervisor of her ministry chooses her on his absence page and sets one for her
    const supervisor = await site.signedIn(SUPERVISOR);
    await supervisor.goto(site.url('/absence'));
    const whose = supervisor.locator('select[name="person"]');
    await eventually(
      'her colleagues are listed',
      async () => (await whose.locator(`option[value="${AWAY}"]`).count()) > 0,
    );
    await whose.selectOption(AWAY);
    const forHer = supervisor.locator('select[name="delegate"]');
    await eventually(
      'her delegates are listed',
      async () => (await forHer.locator(`option[value="${DELEGATE}"]`).count()) > 0,
    );
    await forHer.selectOption(DELEGATE);
    await supervisor.locator('input[name="until"]').fill(today);
    await supervisor.getByRole('button', { name: site.say('absence.save') }).click();
    await supervisor.getByText(site.say('absence.saved')).waitFor();
    await supervisor.locator('li[data-absence-id]').first().waitFor();
    await shot(supervisor, 'absence-set-by-supervisor');
    await away.goto(site.url('/absence'));
    const setForHer = away.locator('li[data-absence-id][data-current="true"]');
    await setForHer.first().waitFor();
    const delegateProfile = await site.api('admin', `/engine-rest/user/${DELEGATE}/profile`);
    check(
      (await setForHer.first().textContent()).includes(delegateProfile.firstName),
      'her page shows the absence the supervisor set, with her delegate',
    );
  } finally {
    await cancelLeftovers(site);
  }
}
