// Runs the browser journeys against a running engine: node e2e/run.mjs <baseUrl> [journey…]
// Exit code 0 when every journey passed. Screenshots go to web/target/screenshots/.
import admin from './journeys/admin.mjs';
import hotline from './journeys/hotline.mjs';
import isolation from './journeys/isolation.mjs';
import letter from './journeys/letter.mjs';
import operator from './journeys/operator.mjs';
import permit from './journeys/permit.mjs';
import { launch, Site } from './lib.mjs';

const JOURNEYS = { hotline, isolation, operator, permit, letter, admin };

const [baseUrl, ...only] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node e2e/run.mjs <baseUrl> [journey…]');
  process.exit(2);
}

const browser = await launch();
const site = new Site(browser, baseUrl);
const shared = {};
const failures = [];
for (const [name, journey] of Object.entries(JOURNEYS)) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`journey ${name} …`);
  try {
    site.policyViolations.length = 0;
    await journey(site, shared);
    if (site.policyViolations.length) throw new Error(`the page's policy blocked: ${site.policyViolations.join(' | ')}`);
    console.log(`journey ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(name);
    console.log(`journey ${name} FAILED: ${error.stack ?? error}`);
    await site.shootAll(`failed-${name}`);
  } finally {
    await site.closeAll();
  }
}
await browser.close();
console.log(failures.length ? `FAILED: ${failures.join(', ')}` : 'all journeys passed');
process.exit(failures.length ? 1 : 0);
