// An administrator sees the plugins and the deployments; a civil servant is kept out.
import { check, shot } from '../lib.mjs';

export default async function admin(site) {
  const page = await site.signedIn('admin');
  await page.goto(site.url('/admin/plugins'));
  await page.getByRole('heading', { name: site.say('admin.plugins.title') }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await shot(page, 'admin-plugins');
  await page.goto(site.url('/admin/deployments'));
  await page.locator('tbody tr').first().waitFor();
  check((await page.locator('tbody').textContent()).includes('gflow'), "the engine's own models are listed");
  await shot(page, 'admin-deployments');

  const verifier = await site.signedIn('nalinh.bokeo');
  await verifier.goto(site.url('/admin/plugins'));
  await verifier.getByRole('heading', { name: site.say('tasks.title') }).waitFor();
  check(!(await verifier.locator('main').textContent()).includes('gflow'), 'a civil servant sees no plugin');
}
