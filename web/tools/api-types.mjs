// The web app's types of G-Flow's own API, generated from the engine's OpenAPI description
// (openapi/gflow-api.json, kept equal to the served one by the engine's ApiDescriptionIT).
// `npm run api-types` writes them to src/api/gflow-api.ts; a unit test fails when that file is
// not what this script makes of the description.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

export const DESCRIPTION = new URL('../openapi/gflow-api.json', import.meta.url);
export const TYPES = new URL('../src/api/gflow-api.ts', import.meta.url);

/** The TypeScript source the description gives. */
export async function generate() {
  const description = JSON.parse(await readFile(DESCRIPTION, 'utf8'));
  return COMMENT_HEADER + astToString(await openapiTS(description, { alphabetize: true }));
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  await writeFile(TYPES, await generate());
  console.log(`wrote ${TYPES.pathname}`);
}
