// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import { generate, TYPES } from '../../tools/api-types.mjs';

describe('G-Flow API types', () => {
  it('are what the committed OpenAPI description gives (npm run api-types after the description changed)', async () => {
    expect(await readFile(TYPES, 'utf8')).toBe(await generate());
  }, 60_000);
});
