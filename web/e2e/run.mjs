// Runs the browser journeys against a running engine:
//   node e2e/run.mjs <baseUrl> [--language=lo|en] [--slow-link] [journey…]
// Exit code 0 when every journey passed. Screenshots go to web/target/screenshots/<language>/.
// Each journey makes its own data, so any one may run alone or in any order; a journey fails on
// any page error (an uncaught exception or a console error) its pages show, and on any key
// screen (shot) that is not all in the journey's language.
// Every journey runs in Lao and again in English; those in ON_SLOW_LINK again in Lao on a
// provincial 3G link. --language and --slow-link pick one kind.
import absence from './journeys/absence.mjs';
import admin from './journeys/admin.mjs';
import bell from './journeys/bell.mjs';
import bulkClaim from './journeys/bulk-claim.mjs';
import citizenLoop from './journeys/citizen-loop.mjs';
import figures from './journeys/figures.mjs';
import filters from './journeys/filters.mjs';
import hotline from './journeys/hotline.mjs';
import isolation from './journeys/isolation.mjs';
import letter from './journeys/letter.mjs';
import letterDistributed from './journeys/letter-distributed.mjs';
import letterRejected from './journeys/letter-rejected.mjs';
import live from './journeys/live.mjs';
import mycases from './journeys/mycases.mjs';
import operator from './journeys/operator.mjs';
import permit from './journeys/permit.mjs';
import permitTracking from './journeys/permit-tracking.mjs';
import typing from './journeys/typing.mjs';
import { launch, PROVINCIAL_3G, Site } from './lib.mjs';

const JOURNEYS = {
  hotline,
  isolation,
  operator,
  permit,
  'permit-tracking': permitTracking,
  letter,
  'letter-rejected': letterRejected,
  'letter-distributed': letterDistributed,
  admin,
  typing,
  live,
  'bulk-claim': bulkClaim,
  filters,
  bell,
  absence,
  figures,
  mycases,
  'citizen-loop': citizenLoop,
};
/** Journeys that also run on a provincial 3G link. */
const ON_SLOW_LINK = new Set(['typing']);

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const [baseUrl, ...only] = args.filter((arg) => !arg.startsWith('--'));
if (!baseUrl) {
  console.error('usage: node e2e/run.mjs <baseUrl> [--language=lo|en] [--slow-link] [journey…]');
  process.exit(2);
}
const language = flags.find((flag) => flag.startsWith('--language='))?.split('=')[1];
const slowOnly = flags.includes('--slow-link');

const runs = [];
for (const name of Object.keys(JOURNEYS)) {
  if (only.length && !only.includes(name)) continue;
  const kinds = [{ language: 'lo' }, { language: 'en' }];
  if (ON_SLOW_LINK.has(name)) kinds.push({ language: 'lo', network: PROVINCIAL_3G, label: 'on a 3G link' });
  for (const kind of kinds) {
    if (language && kind.language !== language) continue;
    if (slowOnly && !kind.network) continue;
    runs.push({ name, ...kind });
  }
}

const browser = await launch();
const failures = [];
for (const { name: journeyName, language: runLanguage, network, label } of runs) {
  const name = `${journeyName} (${runLanguage}${label ? `, ${label}` : ''})`;
  const journey = JOURNEYS[journeyName];
  const site = new Site(browser, baseUrl, { language: runLanguage, network });
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
    await site.shootAll(`failed-${journeyName}${network ? '-slow' : ''}`);
  } finally {
    await site.closeAll();
    site.takeProblems(); // whatever closing the windows logs belongs to no journey
  }
}
await browser.close();
console.log(failures.length ? `FAILED: ${failures.join(', ')}` : 'all journeys passed');
process.exit(failures.length ? 1 : 0);
