// A verifier of another ministry pastes the address of Bokeo's task: the app says it is not
// theirs to see, and shows nothing of the case.
import { check, shot } from '../lib.mjs';

export default async function isolation(site, shared) {
  check(shared.bokeoTaskUrl, 'the hotline journey left the address of Bokeo\'s task');
  const moic = await site.signedIn('ounkham.moic');
  await moic.goto(shared.bokeoTaskUrl);
  await moic.getByText('ບໍ່ພົບ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.').waitFor();
  const text = await moic.locator('main').textContent();
  check(!text.includes('ຂົວ'), 'nothing of the case is shown');
  check(!/Exception|\tat /.test(text), 'no stack trace');
  await shot(moic, 'task-other-ministry-refused');
}
