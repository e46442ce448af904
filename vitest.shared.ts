import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const resultsDir = fileURLToPath(new URL('./tmp/test-results/', import.meta.url));

/**
 * The one test configuration every project uses. Tests run in parallel forks; each test file
 * that touches Redis or Postgres makes its own key prefix or schema, so files never collide.
 * Each project also writes a JSON report that `tools/test-summary.mjs` totals after `npm test`.
 */
export function glokalTestConfig(name: string) {
  return defineConfig({
    test: {
      name,
      include: ['src/**/*.test.ts'],
      passWithNoTests: true,
      pool: 'forks',
      testTimeout: 20_000,
      hookTimeout: 30_000,
      env: { TZ: 'UTC' },
      reporters: ['default', 'json'],
      outputFile: { json: `${resultsDir}${name}.json` },
    },
  });
}
