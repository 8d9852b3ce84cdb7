// Unit tests of the verifier (node). The browser test has its own config: vitest.e2e.config.js.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['verifier/tests/**/*.test.js'],
    exclude: ['verifier/tests/e2e/**'],
    environment: 'node',
    testTimeout: 30000,
  },
});
