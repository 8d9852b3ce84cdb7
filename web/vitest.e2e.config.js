// Browser end-to-end tests: playwright-core driving Debian's chromium over dist/verify.html.
// `npm run test:e2e` builds dist/ first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['verifier/tests/e2e/**/*.test.js'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
