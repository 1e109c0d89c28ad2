import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './tools/precompress';

const outDir = 'target/classes/static';

// The app is built straight into the jar's static resources; Spring Boot serves it at /.
export default defineConfig({
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    // bpmn-js and form-js are big on purpose: they load only on the task page.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/engine-rest': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // ceilings for a busy machine, never reached by a passing test (see src/testing/setup.ts)
    setupFiles: ['src/testing/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
