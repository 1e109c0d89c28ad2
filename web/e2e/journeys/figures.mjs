// Bokeo's hotline supervisor opens the figures: the overdue card lists as many complaints as it
// counts, and the open card lists a complaint of this journey's own; the language switch turns
// the dashboard into the other language. Then anyone opens the public figures page.
import { memberOf } from '../accounts.mjs';
import { message } from '../languages.mjs';
import { check, eventually, shot } from '../lib.mjs';

export default async function figures(site) {
  const marker = `figures${Date.now()}`;
  const text = `ໄຟຟ້າບ້ານຫ້ວຍຊາຍ ດັບທຸກຄືນ ${marker}`;
  const complaint = await site.start(memberOf('opm-hotline-operators'), 'hotline-1516', {
    channel: 'phone',
    category: 'public-service',
    province: 'bokeo',
    complaintText: text,
  });
  const triage = await site.taskOf(complaint.id, 'triageComplaint');
  await site.api(memberOf('opm-hotline-triage'), `/engine-rest/task/${triage.id}/complete`, {
    method: 'POST',
    json: {},
  });
  await site.taskOf(complaint.id, 'verifyComplaint');

  // 1. the supervisor's dashboard: Bokeo's figures, the open card counts at least this one
  const page = await site.signedIn(memberOf('bokeo-hotline-supervisors'));
  await page.getByRole('link', { name: site.say('nav.figures') }).click();
  await page.getByRole('heading', { name: site.say('figures.title') }).waitFor();
  const card = (state) => page.locator(`button.figure[data-figure="${state}"]`);
  await card('open').waitFor();
  const open = Number(await card('open').locator('.figure-value').textContent());
  check(open >= 1, `the open card counts this journey's complaint, not ${open}`);
  await page.locator('svg.chart').first().waitFor();
  await shot(page, 'figures-dashboard');

  // 2. drill down: the overdue complaints, as many as the card says (a page holds fifty)
  const overdue = Number(await card('overdue').locator('.figure-value').textContent());
  await card('overdue').click();
  const overdueList = page.locator('section[data-cases="overdue"]');
  await overdueList.locator('tbody tr, p').first().waitFor();
  const rows = await overdueList.locator('tbody tr').count();
  check(rows === Math.min(overdue, 50), `the overdue list shows ${rows} complaints, the card ${overdue}`);
  check(new URL(page.url()).searchParams.get('state') === 'overdue', 'the drill-down is in the address');
  await shot(page, 'figures-overdue');

  // …and the open ones: this journey's complaint among them
  await card('open').click();
  const list = page.locator('section[data-cases="open"]');
  await eventually('the open list shows the complaint', async () => (await list.getByText(marker).count()) > 0);

  // 3. the other language, without leaving the page
  const other = site.language === 'lo' ? 'en' : 'lo';
  await page.getByRole('button', { name: site.say('nav.language') }).click();
  await page.getByRole('heading', { name: message(other, 'figures.title') }).waitFor();
  await list.getByText(marker).waitFor();
  await page.getByRole('button', { name: message(other, 'nav.language') }).click();
  await page.getByRole('heading', { name: site.say('figures.title') }).waitFor();

  // 4. the public figures: no sign-in, no case, no person
  const visitor = await site.page();
  await visitor.goto(site.url('/complaint'));
  await visitor.getByRole('link', { name: site.say('nav.publicFigures') }).click();
  await visitor.getByRole('heading', { name: site.say('figures.public.title') }).waitFor();
  const shown = await visitor.locator('main').textContent();
  check(!shown.includes(marker), 'the public page shows no complaint');
  await shot(visitor, 'figures-public');
}
