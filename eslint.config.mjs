import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Everything under the repository root, wherever ESLint is started from (each project's lint runs in its folder). */
const root = fileURLToPath(new URL('.', import.meta.url));

/** Every project's folder: `apps/*`, `libs/*` and `tools`. */
const projects = [
  ...['apps', 'libs'].flatMap((parent) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`),
  ),
  'tools',
];

/** Where a test, a fixture or a benchmark lives: those may use the fakes in libs/testing. */
const testGlobs = (project) => [
  `${project}/**/*.test.ts`,
  `${project}/**/*.bench.ts`,
  `${project}/**/testing/**/*.ts`,
  `${project}/**/test-support/**/*.ts`,
];

/**
 * Each SDK belongs to one adapter package (docs/architecture.md, "Dependency direction"); the
 * fakes in libs/testing speak the chat SDKs' protocols and may use them. Plain
 * `no-restricted-imports`, so the ban holds however ESLint is run, with or without Nx's
 * project graph.
 */
const sdks = [
  {
    what: 'the Slack SDK',
    regex: '^@slack/',
    owners: ['apps/slack', 'libs/testing'],
    goVia: 'the chat catalogue (@glokal/chat) and the Slack app',
  },
  {
    what: 'discord.js',
    regex: '^(discord\\.js|@discordjs/)',
    owners: ['apps/discord', 'libs/testing'],
    goVia: 'the chat catalogue (@glokal/chat) and the Discord bot',
  },
  {
    what: 'the Google APIs',
    regex: '^(googleapis|google-auth-library)(/|$)',
    owners: ['libs/google'],
    goVia: '@glokal/google',
  },
  {
    what: 'BullMQ and ioredis',
    regex: '^(bullmq|ioredis)(/|$)',
    owners: ['libs/queue'],
    goVia: '@glokal/queue',
  },
  {
    what: 'the database drivers',
    regex: '^(pg|kysely|kysely-[^/]+|@electric-sql/pglite)(/|$)',
    owners: ['libs/store'],
    goVia: 'the store ports in @glokal/domain, opened by @glokal/store',
  },
  {
    what: 'the operations web stack',
    regex: '^(express|@bull-board/[^/]+|prom-client)(/|$)',
    owners: ['apps/worker'],
    goVia: "the worker's operations port",
  },
];

/** Files outside an SDK's owner that must use it, by name: benchmarks timing the real SDK. */
const namedExceptions = [
  { file: 'tools/src/bench/slack.bench.ts', uses: ['the Slack SDK'] },
  { file: 'tools/src/bench/discord.bench.ts', uses: ['discord.js'] },
  { file: 'tools/src/bench/sync.bench.ts', uses: ['BullMQ and ioredis'] },
  { file: 'tools/src/bench/bare-delayed-jobs.ts', uses: ['BullMQ and ioredis'] },
];

/** Node's I/O modules: the domain is pure (time comes in as a Clock, data through ports). */
const nodeIo =
  '^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads|readline|repl|inspector)(/|$)';

/** Every message starts so, and the boundary test looks for it. */
const boundary = 'Boundary:';

/** The import bans of one file of `project` (a test file or not; `uses`: a named exception). */
function importBans(project, { test, uses = [] }) {
  const bans = sdks
    .filter((sdk) => !sdk.owners.includes(project) && !uses.includes(sdk.what))
    .map((sdk) => ({
      regex: sdk.regex,
      message: `${boundary} only ${sdk.owners.join(' and ')} may import ${sdk.what}; use ${sdk.goVia} (docs/architecture.md).`,
    }));
  if (!test && project !== 'libs/testing') {
    bans.push({
      regex: '^@glokal/(testing(/|$)|[^/]+/testing$)',
      message: `${boundary} production code must not import the fakes and fixtures; only tests, testing/ and test-support/ folders may (docs/architecture.md).`,
    });
  }
  if (!test && project === 'libs/domain') {
    bans.push({
      regex: nodeIo,
      message: `${boundary} the domain does no I/O; take a port or a Clock instead (docs/architecture.md).`,
    });
  }
  return ['error', { patterns: bans }];
}

/** One block per project, one for its tests, one per named exception: the last match wins. */
const importBoundaries = [
  ...projects.flatMap((project) => [
    {
      files: [`${project}/**/*.ts`],
      rules: { 'no-restricted-imports': importBans(project, { test: false }) },
    },
    {
      files: testGlobs(project),
      rules: { 'no-restricted-imports': importBans(project, { test: true }) },
    },
  ]),
  ...namedExceptions.map(({ file, uses }) => ({
    files: [file],
    rules: {
      'no-restricted-imports': importBans(
        projects.find((project) => file.startsWith(`${project}/`)),
        { test: true, uses },
      ),
    },
  })),
];

/** The apps' start functions, importable only where `runsApps` says so. */
const apps = ['@glokal/worker', '@glokal/slack', '@glokal/discord'];

/**
 * Tags encode the dependency direction between our packages (docs/architecture.md): apps ->
 * feature -> domain; apps -> data access and config; the domain imports nothing of ours.
 * Tests may also use the loopback fakes. Nx needs its project graph for this rule; the SDK
 * bans above do not.
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
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: withTesting(['type:domain']) },
      { sourceTag: 'type:feature', onlyDependOnLibsWithTags: withTesting(['type:domain']) },
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
  ...importBoundaries,
  {
    // The shared test preset lives at the workspace root; config files are not project code.
    files: ['**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
