import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** SDKs that only their adapter package may import (ARCHITECTURE.md, "Dependency direction"). */
const sdks = [
  '@slack/*',
  'discord.js',
  '@discordjs/*',
  'googleapis',
  'google-auth-library',
  'bullmq',
  'ioredis',
  'pg',
  'kysely',
  'kysely-*',
  '@electric-sql/*',
  'express',
  '@bull-board/*',
  'prom-client',
];

/** The apps' start functions, importable only where `runsApps` says so. */
const apps = ['@glokal/worker', '@glokal/slack', '@glokal/discord'];

/**
 * Tags encode ARCHITECTURE.md's dependency direction: apps -> feature -> domain; apps -> data
 * access and config; the domain imports nothing of ours. Tests may also use the loopback fakes.
 */
function boundaries({ tests, runsApps = false }) {
  const withTesting = (tags) => (tests ? [...tags, 'type:testing'] : tags);
  return {
    enforceBuildableLibDependency: false,
    // Nx forbids importing an application whatever the tags; the launcher (`npm start`, all apps
    // in one process) and the benchmarks (which run an app against its fake) are the two places
    // that must, and they are named below instead of by comments in the code.
    allow: runsApps ? apps : [],
    depConstraints: [
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: withTesting(['type:domain']),
        bannedExternalImports: tests ? [] : sdks,
      },
      {
        sourceTag: 'type:feature',
        onlyDependOnLibsWithTags: withTesting(['type:domain']),
        bannedExternalImports: tests ? [] : sdks,
      },
      { sourceTag: 'type:config', onlyDependOnLibsWithTags: withTesting(['type:domain']) },
      {
        sourceTag: 'type:data-access',
        onlyDependOnLibsWithTags: withTesting(['type:domain', 'type:config']),
      },
      {
        sourceTag: 'type:testing',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:config',
          'type:data-access',
          'type:feature',
          'type:testing',
        ],
      },
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:feature',
          'type:data-access',
          'type:config',
          'type:testing',
        ],
      },
      { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'type:launcher', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'platform:neutral', onlyDependOnLibsWithTags: ['platform:neutral'] },
      {
        sourceTag: 'platform:slack',
        onlyDependOnLibsWithTags: ['platform:slack', 'platform:neutral'],
      },
      {
        sourceTag: 'platform:discord',
        onlyDependOnLibsWithTags: ['platform:discord', 'platform:neutral'],
      },
      { sourceTag: 'platform:all', onlyDependOnLibsWithTags: ['*'] },
    ],
  };
}

export default [
  { ignores: ['**/node_modules', '**/dist', '**/data', '**/.nx'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries({ tests: false })],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.bench.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ tests: true })] },
  },
  {
    files: ['apps/glokal/src/**/*.ts', 'tools/src/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries({ tests: true, runsApps: true })],
    },
  },
  {
    // The shared test preset lives at the workspace root; config files are not project code.
    files: ['**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
