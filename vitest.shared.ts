import { defineConfig } from 'vitest/config';

/**
 * The one test configuration every project uses. Tests run in parallel forks; each test file
 * that touches Redis or Postgres makes its own key prefix or schema, so files never collide.
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
    },
  });
}
