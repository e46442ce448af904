import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removePrefixedKeys } from '@glokal/queue';
import { fakeGuildId, startFakeDiscord, type FakeDiscord } from '@glokal/testing/discord';
import { startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { buildApps, entryPoints, esmSpecifier, type BuildResult } from './build-apps';
import { startBuilt, within, type BuiltProcess } from './test-support/built-process';

const root = resolve(import.meta.dirname, '../../..');
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-build-${randomUUID()}`,
};

/** Under the repository's tmp/ (ignored by git), so the bundles find node_modules as dist/ does. */
let outDir: string;
let dataDir: string;
let built: BuildResult;
let slack: FakeSlack;
let discord: FakeDiscord;
const running: BuiltProcess[] = [];

beforeAll(async () => {
  await mkdir(join(root, 'tmp'), { recursive: true });
  outDir = await mkdtemp(join(root, 'tmp', 'build-'));
  dataDir = await mkdtemp(join(root, 'tmp', 'build-data-'));
  [built, slack, discord] = await Promise.all([
    buildApps(root, outDir),
    startFakeSlack(),
    startFakeDiscord(),
  ]);
}, 60_000);

afterAll(async () => {
  for (const app of running) app.child.kill('SIGKILL');
  await Promise.all(running.map((app) => app.exited));
  await Promise.all([
    removePrefixedKeys(redis),
    discord?.close(),
    slack?.close(),
    rm(outDir, { recursive: true, force: true }),
    rm(dataDir, { recursive: true, force: true }),
  ]);
}, 30_000);

describe('the production build', () => {
  it('names the file of a sub-path import of a package without an exports map', () => {
    const importer = join(root, 'libs/google/src/google-clients.ts');
    expect(esmSpecifier('googleapis/build/src/apis/calendar', importer)).toBe(
      'googleapis/build/src/apis/calendar/index.js',
    );
    expect(esmSpecifier('csv-parse/sync', importer)).toBe('csv-parse/sync');
    expect(esmSpecifier('zod', importer)).toBe('zod');
  });

  it('bundles our own packages into each entry point and leaves npm packages as imports', async () => {
    expect(Object.keys(built.files).sort()).toEqual(Object.keys(entryPoints).sort());
    for (const file of Object.values(built.files)) {
      const code = await readFile(file, 'utf8');
      expect({ file, ownImports: code.match(/from\s+["']@glokal\/[^"']*["']/g) }).toEqual({
        file,
        ownImports: null,
      });
      expect(code).not.toMatch(/(from\s+|import\()["'][^"']*\.ts["']/);
    }
    const worker = await readFile(built.files.worker, 'utf8');
    expect(worker).toMatch(/from\s+"bullmq"/);
  });

  it(
    'runs the all-in-one under plain node with Slack and Discord on PGlite: ready, then a clean stop on SIGTERM',
    { timeout: 90_000 },
    async () => {
      const app = startBuilt(built.files.glokal, dataDir, {
        DATA_DIR: dataDir,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        HTTP_PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'glokal-test-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: '0',
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_GUILD_ID: fakeGuildId,
        DISCORD_API_URL: discord.apiUrl,
      });
      running.push(app);
      const started = await within(60_000, `start (${app.tail()})`, () =>
        app.logged().find((line) => line['msg'] === 'Glokal is running'),
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${app.tail()}`);
      });
      expect(started).toMatchObject({ slack: true, discord: true });
      const ready = await fetch(`http://127.0.0.1:${Number(started['httpPort'])}/readyz`);
      expect({ status: ready.status, body: await ready.text() }).toMatchObject({ status: 200 });

      app.child.kill('SIGTERM');
      const code = await Promise.race([
        app.exited,
        new Promise<'still running'>((done) => setTimeout(() => done('still running'), 30_000)),
      ]);
      expect({ code, tail: code === 0 ? '' : app.tail() }).toEqual({ code: 0, tail: '' });
      expect(app.logged().map((line) => line['msg'])).toEqual(
        expect.arrayContaining(['stopping', 'worker stopped']),
      );
    },
  );
});
