import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removePrefixedKeys } from '@glokal/queue';

const root = resolve(import.meta.dirname, '../../..');
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const directories: string[] = [];

afterAll(async () => {
  await removePrefixedKeys(redis);
  await Promise.all(
    directories.map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

/** Runs `npm start`'s entry point as its own process with this environment. */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/glokal/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stdout
    .setEncoding('utf8')
    .on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const messages = () =>
    lines.flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed === 'object' && parsed !== null && 'msg' in parsed ? [parsed] : [];
      } catch {
        return [];
      }
    });
  return { child, exited, messages, stderr: () => stderr };
}

async function within<T>(ms: number, what: string, check: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('the npm start process', () => {
  it(
    'starts on embedded PGlite, answers /readyz, and stops cleanly on SIGTERM',
    { timeout: 90_000 },
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'glokal-main-'));
      directories.push(dataDir);
      const running = startProcess({
        DATA_DIR: dataDir,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        HTTP_PORT: '0',
      });
      const started = await within(60_000, 'start', () =>
        running
          .messages()
          .find((message) => 'msg' in message && message.msg === 'Glokal is running'),
      );
      const port = 'httpPort' in started ? Number(started.httpPort) : 0;
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);

      running.child.kill('SIGTERM');
      const code = await Promise.race([
        running.exited,
        new Promise<'hung'>((done) => setTimeout(() => done('hung'), 20_000)),
      ]);
      expect(code).toBe(0);
      expect(running.messages().map((message) => ('msg' in message ? message.msg : ''))).toEqual(
        expect.arrayContaining(['stopping', 'worker stopped']),
      );
    },
  );

  it('explains what to do when Redis is not there, and exits', { timeout: 40_000 }, async () => {
    const running = startProcess({
      REDIS_URL: 'redis://127.0.0.1:1',
      QUEUE_PREFIX: redis.prefix,
      DATA_DIR: join(tmpdir(), 'glokal-unused'),
    });
    const code = await Promise.race([
      running.exited,
      new Promise<'hung'>((done) => setTimeout(() => done('hung'), 30_000)),
    ]);
    expect(code).toBe(3);
    expect(running.stderr()).toMatch(
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*Start Redis/s,
    );
  });
});
