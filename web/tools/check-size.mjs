// Prints the gzipped JavaScript of the first screen (the entry chunk and everything it
// imports statically) and of each lazily loaded chunk; fails the build above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const outDir = 'target/classes/static';
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key].imports ?? []) staticClosure(child, seen);
  return seen;
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
const firstScreen = new Set(entries.flatMap((key) => [...staticClosure(key)]));
const firstFiles = [...firstScreen].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
const firstKb = firstFiles.reduce((sum, file) => sum + gzipKb(file), 0);

const lazy = Object.keys(manifest).filter((key) => !firstScreen.has(key) && manifest[key].file.endsWith('.js'));
for (const key of lazy) {
  console.log(`lazy chunk ${manifest[key].file}: ${gzipKb(manifest[key].file).toFixed(1)} KB gzipped`);
}
console.log(
  `FIRST SCREEN JavaScript: ${firstKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB) in ${firstFiles.join(', ')}`,
);
if (firstKb > BUDGET_KB) {
  console.error(`The first screen's JavaScript is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
