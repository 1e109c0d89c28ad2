// The hotline operator records a phone call. A too-short complaint is refused under its field;
// corrected, the case starts, and the receipt gives the number and an access code to read back
// to the caller — who then finds the case on the public tracking page with both.
import { PHONE, caseWith, check, choose, fill, select, shot, startCase } from '../lib.mjs';

export default async function operator(site) {
  const page = await site.signedIn('phonsavanh.opm');
  await page.goto(site.url('/start/hotline-1516'));
  await page.locator('.camunda-form .fjs-form').waitFor();
  await choose(page, 'channel', 'phone');
  await select(page, 'category', 'land');
  await select(page, 'province', 'xaisomboun');
  await fill(page, 'complaintText', 'ສັ້ນ');
  await page.getByRole('button', { name: site.say('start.submit'), exact: true }).click();
  await page.locator('.fjs-form-field-error').first().waitFor();
  check(page.url().endsWith('/start/hotline-1516'), 'nothing was started');
  await shot(page, 'start-hotline-refused-field');

  const text = `ທີ່ດິນຂອງບ້ານນາ ເມືອງອະນຸວົງ ຖືກຍຶດໂດຍບໍ່ມີການຊົດເຊີຍ ${Date.now()}`;
  await fill(page, 'complaintText', text);
  const trackingNumber = await startCase(page);
  check(/^1516-\d{4}-\d{6}$/.test(trackingNumber), `the receipt gives the tracking number, not ${trackingNumber}`);
  check(await caseWith(site, 'hotline-1516', 'complaintText', text), 'the recorded call is a case');
  await page.getByRole('button', { name: site.say('receipt.issueCode') }).click();
  const code = (await page.getByTestId('receipt-code').textContent()).trim();
  await shot(page, 'start-hotline-receipt');

  const caller = await site.page(PHONE);
  await caller.goto(site.url('/track'));
  await caller.locator('input[name=trackingNumber]').fill(trackingNumber);
  await caller.locator('input[name=trackingCode]').fill(code);
  await caller.getByRole('button', { name: site.say('public.track.submit'), exact: true }).click();
  await caller.getByTestId('case-status').waitFor();
  await shot(caller, 'public-track-recorded-call');
}
