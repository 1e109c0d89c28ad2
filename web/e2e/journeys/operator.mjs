// The hotline operator records a phone call. A too-short complaint is refused under its field;
// corrected, the case starts.
import { caseWith, check, choose, fill, select, shot, startCase } from '../lib.mjs';

export default async function operator(site) {
  const page = await site.signedIn('phonsavanh.opm');
  await page.goto(site.url('/start/hotline-1516'));
  await page.locator('.camunda-form .fjs-form').waitFor();
  await choose(page, 'channel', 'phone');
  await select(page, 'category', 'land');
  await select(page, 'province', 'xaisomboun');
  await fill(page, 'complaintText', 'ສັ້ນ');
  await page.getByRole('button', { name: 'ເລີ່ມ', exact: true }).click();
  await page.locator('.fjs-form-field-error').first().waitFor();
  check(page.url().endsWith('/start/hotline-1516'), 'nothing was started');
  await shot(page, 'start-hotline-refused-field');

  const text = `ທີ່ດິນຂອງບ້ານນາ ເມືອງອະນຸວົງ ຖືກຍຶດໂດຍບໍ່ມີການຊົດເຊີຍ ${Date.now()}`;
  await fill(page, 'complaintText', text);
  await startCase(page);
  check(await caseWith(site, 'hotline-1516', 'complaintText', text), 'the recorded call is a case');
}
