import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configOrExit, readConfig, requireConfigured, startProcess } from './config-or-exit';

class Exited extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
const exit = (code: number): never => {
  throw new Exited(code);
};

/** Runs `work`, which must end the process; returns the exit code. */
function exitCodeOf(work: () => unknown): number {
  try {
    work();
  } catch (error) {
    if (error instanceof Exited) return error.code;
    throw error;
  }
  throw new Error('the process did not exit');
}

let directory: string;
const noDotEnv = () => join(directory, 'missing.env');

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'glokal-config-process-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('configOrExit', () => {
  it('reads .env into the environment, the real environment winning', async () => {
    const dotEnvPath = join(directory, 'good.env');
    await writeFile(dotEnvPath, 'DATA_DIR=/srv/glokal\nHTTP_PORT=8080\n');
    const env: NodeJS.ProcessEnv = { HTTP_PORT: '9090' };
    const config = configOrExit({ env, dotEnvPath, exit });
    expect(config.database).toEqual({ dataDir: '/srv/glokal' });
    expect(config.http.port).toBe(9090);
  });

  it('exits with 2 and says what to fix, by variable name, never with a secret', async () => {
    const dotEnvPath = join(directory, 'bad.env');
    await writeFile(
      dotEnvPath,
      'SLACK_BOT_TOKEN=xoxb-very-secret\nDISCORD_TOKEN=discord-very-secret\n',
    );
    let written = '';
    const code = exitCodeOf(() =>
      configOrExit({
        env: {},
        dotEnvPath,
        exit,
        stderr: { write: (text: string) => (written += text) },
      }),
    );
    expect(code).toBe(2);
    expect(written).toContain('Glokal cannot start');
    expect(written).toContain('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET go together');
    expect(written).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID go together');
    expect(written).not.toContain('very-secret');
  });
});

describe('readConfig', () => {
  it('gives a bad configuration back as a message rather than throwing', () => {
    const reading = readConfig({ HTTP_PORT: 'eighty', CLUSTER_TIMEZONE: 'Mars/Olympus' });
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toMatch(
      /HTTP_PORT.*\n.*CLUSTER_TIMEZONE|CLUSTER_TIMEZONE.*\n.*HTTP_PORT/,
    );
  });
});

describe('startProcess', () => {
  it('gives the configuration and a logger named after the process at the configured level', () => {
    const { config, logger } = startProcess('glokal-test', {
      env: { LOG_LEVEL: 'warn' },
      dotEnvPath: noDotEnv(),
      exit,
    });
    expect(config.logLevel).toBe('warn');
    expect(logger.level).toBe('warn');
    expect(logger.bindings()).toMatchObject({ name: 'glokal-test' });
  });
});

describe('requireConfigured', () => {
  it('returns a configured part, and otherwise logs what to set and exits with 1', () => {
    const errors: string[] = [];
    const logger = { error: (message: string) => errors.push(message) };
    expect(requireConfigured({ token: 't' }, 'Set DISCORD_TOKEN.', logger, exit)).toEqual({
      token: 't',
    });
    expect(exitCodeOf(() => requireConfigured(undefined, 'Set DISCORD_TOKEN.', logger, exit))).toBe(
      1,
    );
    expect(errors).toEqual(['Set DISCORD_TOKEN.']);
  });
});
