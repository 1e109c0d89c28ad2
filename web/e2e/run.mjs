// Runs the browser journeys against a running engine: node e2e/run.mjs <baseUrl> [journey…]
// Exit code 0 when every journey passed. Screenshots go to web/target/screenshots/.
// Each journey makes its own data, so any one may run alone or in any order; a journey fails on
// any page error (an uncaught exception or a console error) its pages show.
import admin from './journeys/admin.mjs';
import hotline from './journeys/hotline.mjs';
import isolation from './journeys/isolation.mjs';
import letter from './journeys/letter.mjs';
import letterDistributed from './journeys/letter-distributed.mjs';
import letterRejected from './journeys/letter-rejected.mjs';
import operator from './journeys/operator.mjs';
import permit from './journeys/permit.mjs';
import permitTracking from './journeys/permit-tracking.mjs';
import { launch, Site } from './lib.mjs';

const JOURNEYS = {
  hotline, isolation, operator, permit, 'permit-tracking': permitTracking, letter,
  'letter-rejected': letterRejected, 'letter-distributed': letterDistributed, admin,
};

const [baseUrl, ...only] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node e2e/run.mjs <baseUrl> [journey…]');
  process.exit(2);
}

const browser = await launch();
const site = new Site(browser, baseUrl);
const failures = [];
for (const [name, journey] of Object.entries(JOURNEYS)) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`journey ${name} …`);
  try {
    await journey(site);
    const problems = site.takeProblems();
    if (problems.length) throw new Error(`the pages showed errors:\n  ${problems.join('\n  ')}`);
    console.log(`journey ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(name);
    console.log(`journey ${name} FAILED: ${error.stack ?? error}`);
    for (const problem of site.takeProblems()) console.log(`  [page error] ${problem}`);
    await site.shootAll(`failed-${name}`);
  } finally {
    await site.closeAll();
    site.takeProblems(); // whatever closing the windows logs belongs to no journey
  }
}
await browser.close();
console.log(failures.length ? `FAILED: ${failures.join(', ')}` : 'all journeys passed');
process.exit(failures.length ? 1 : 0);
