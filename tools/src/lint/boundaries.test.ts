import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The boundary messages ESLint gives one import, as if it were in the file `filePath`. */
async function boundaryProblems(filePath: string, source: string): Promise<string[]> {
  const code = `import * as probe from '${source}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) throw new Error(`ESLint gave no result for ${filePath}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

/** Imports across a boundary, each in a virtual file inside a project, and what must be said. */
const refused: { file: string; source: string; says: RegExp }[] = [
  { file: 'apps/worker/src/probe.ts', source: '@slack/bolt', says: /only apps\/slack/ },
  { file: 'libs/chat/src/probe.ts', source: '@slack/web-api', says: /the Slack SDK/ },
  { file: 'libs/store/src/probe.ts', source: 'discord.js', says: /only apps\/discord/ },
  { file: 'apps/slack/src/probe.test.ts', source: '@discordjs/rest', says: /discord\.js/ },
  {
    file: 'libs/sync/src/probe.ts',
    source: 'googleapis/build/src/apis/calendar',
    says: /only libs\/google/,
  },
  { file: 'apps/worker/src/probe.ts', source: 'google-auth-library', says: /Google APIs/ },
  { file: 'apps/slack/src/probe.ts', source: 'bullmq', says: /only libs\/queue/ },
  { file: 'libs/sync/src/probe.ts', source: 'ioredis', says: /BullMQ and ioredis/ },
  { file: 'apps/worker/src/probe.ts', source: 'pg', says: /only libs\/store/ },
  { file: 'libs/chat/src/probe.ts', source: 'kysely', says: /database drivers/ },
  { file: 'apps/console/src/probe.ts', source: '@electric-sql/pglite', says: /database drivers/ },
  { file: 'libs/queue/src/probe.ts', source: 'kysely-pglite-dialect', says: /database drivers/ },
  { file: 'libs/chat/src/probe.ts', source: 'express', says: /operations web stack/ },
  { file: 'libs/domain/src/probe.ts', source: 'node:fs', says: /the domain does no I\/O/ },
  { file: 'libs/domain/src/period/probe.ts', source: 'child_process', says: /no I\/O/ },
  { file: 'libs/domain/src/probe.ts', source: 'node:net', says: /no I\/O/ },
  { file: 'libs/domain/src/probe.ts', source: 'node:fs/promises', says: /no I\/O/ },
  { file: 'apps/worker/src/probe.ts', source: '@glokal/testing/slack', says: /production code/ },
  { file: 'libs/store/src/probe.ts', source: '@glokal/testing', says: /fakes and fixtures/ },
  { file: 'apps/slack/src/probe.ts', source: '@glokal/chat/testing', says: /production code/ },
  { file: 'tools/src/bench/probe.bench.ts', source: '@slack/bolt', says: /the Slack SDK/ },
];

/** Imports that are where they belong. */
const allowed: { file: string; source: string }[] = [
  { file: 'apps/slack/src/probe.ts', source: '@slack/bolt' },
  { file: 'apps/discord/src/probe.ts', source: 'discord.js' },
  { file: 'libs/testing/src/discord/probe.ts', source: 'discord.js' },
  { file: 'libs/testing/src/slack/probe.ts', source: '@slack/web-api' },
  { file: 'libs/google/src/probe.ts', source: 'googleapis/build/src/apis/drive' },
  { file: 'libs/queue/src/probe.ts', source: 'bullmq' },
  { file: 'libs/store/src/probe.ts', source: 'kysely' },
  { file: 'libs/store/src/probe.ts', source: 'pg' },
  { file: 'apps/worker/src/probe.ts', source: 'prom-client' },
  { file: 'libs/domain/src/probe.ts', source: 'luxon' },
  { file: 'libs/config/src/probe.ts', source: 'node:fs' },
  { file: 'apps/worker/src/probe.test.ts', source: '@glokal/testing/store' },
  { file: 'apps/slack/src/test-support/probe.ts', source: '@glokal/testing/slack' },
  { file: 'apps/discord/src/testing/probe.fixture.ts', source: '@glokal/testing/discord' },
  { file: 'libs/chat/src/testing/probe.ts', source: '@glokal/testing/store' },
  { file: 'tools/src/bench/slack.bench.ts', source: '@slack/bolt' },
  { file: 'tools/src/bench/discord.bench.ts', source: 'discord.js' },
  { file: 'tools/src/bench/sync.bench.ts', source: 'bullmq' },
  { file: 'tools/src/bench/bare-delayed-jobs.ts', source: 'bullmq' },
];

describe('import boundaries, enforced by ESLint without the Nx project graph', () => {
  for (const { file, source, says } of refused) {
    it(`refuses ${source} in ${file}`, async () => {
      const problems = await boundaryProblems(file, source);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/Boundary:/);
      expect(problems[0]).toMatch(says);
    });
  }

  for (const { file, source } of allowed) {
    it(`allows ${source} in ${file}`, async () => {
      expect(await boundaryProblems(file, source)).toEqual([]);
    });
  }
});
