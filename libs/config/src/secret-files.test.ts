import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, Environment, loadConfig } from './config';
import { secretVariables } from './secret-files';

const folder = mkdtempSync(join(tmpdir(), 'glokal-secrets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
/** A secret file as `docker secret` or `echo > file` leaves it. */
function secretFile(text: string): string {
  const path = join(folder, `secret-${++written}`);
  writeFileSync(path, text);
  return path;
}

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

const slackFiles = () => ({
  SLACK_BOT_TOKEN_FILE: secretFile('xoxb-from-a-file\n'),
  SLACK_SIGNING_SECRET_FILE: secretFile('signing-from-a-file\r\n'),
});

describe('secrets read from files (<NAME>_FILE)', () => {
  it('takes the Slack credentials from their files, without the final newline', () => {
    const config = loadConfig(slackFiles());
    expect(config.slack?.botToken).toBe('xoxb-from-a-file');
    expect(config.slack?.signingSecret).toBe('signing-from-a-file');
  });

  it('reads every secret the configuration knows from a file', () => {
    const values: Record<string, string> = {
      DATABASE_URL: 'postgres://glokal:pa55-word@db:5432/glokal',
      REDIS_URL: 'redis://:redis-pa55@redis:6379',
      OPERATIONS_TOKEN: 'operations-token-from-a-file',
      SLACK_BOT_TOKEN: 'xoxb-file',
      SLACK_SIGNING_SECRET: 'signing-file',
      SLACK_APP_TOKEN: 'xapp-file',
      DISCORD_TOKEN: 'discord-file',
      GOOGLE_ACCESS_TOKEN: 'ya29.file',
    };
    expect(Object.keys(values).sort()).toEqual([...secretVariables].sort());
    const env = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [`${name}_FILE`, secretFile(`${value}\n`)]),
    );
    const config = loadConfig({ ...env, DISCORD_APPLICATION_ID: '1', DISCORD_GUILD_ID: '2' });
    expect(config.database.url).toBe(values.DATABASE_URL);
    expect(config.redis.url).toBe(values.REDIS_URL);
    expect(config.http.token).toBe(values.OPERATIONS_TOKEN);
    expect(config.slack).toMatchObject({
      botToken: values.SLACK_BOT_TOKEN,
      signingSecret: values.SLACK_SIGNING_SECRET,
      appToken: values.SLACK_APP_TOKEN,
    });
    expect(config.discord?.token).toBe(values.DISCORD_TOKEN);
    expect(config.google.accessToken).toBe(values.GOOGLE_ACCESS_TOKEN);
  });

  it('keeps a secret file for every variable that holds a token or a secret', () => {
    const secretLooking = Object.keys(Environment.shape).filter((name) =>
      /TOKEN|SECRET|PASSWORD/.test(name),
    );
    expect(
      secretLooking.filter((name) => !(secretVariables as readonly string[]).includes(name)),
    ).toEqual([]);
  });

  it('refuses a secret set both directly and by file, naming which', () => {
    const message = problemsOf({
      ...slackFiles(),
      SLACK_BOT_TOKEN: 'xoxb-direct-secret',
    });
    expect(message).toContain(
      'SLACK_BOT_TOKEN and SLACK_BOT_TOKEN_FILE are both set: set one of them, not both',
    );
    expect(message).not.toContain('xoxb-direct-secret');
    expect(message).not.toContain('xoxb-from-a-file');
  });

  it('treats an empty variable beside its file as unset, as .env files leave them', () => {
    expect(loadConfig({ ...slackFiles(), SLACK_BOT_TOKEN: '' }).slack?.botToken).toBe(
      'xoxb-from-a-file',
    );
  });

  it('stops at a file that is missing or cannot be read, by variable and path', () => {
    const missing = join(folder, 'no-such-secret');
    const message = problemsOf({
      DISCORD_TOKEN_FILE: missing,
      OPERATIONS_TOKEN_FILE: folder,
    });
    expect(message).toContain(`DISCORD_TOKEN_FILE: cannot read ${missing}: there is no such file`);
    expect(message).toContain(
      `OPERATIONS_TOKEN_FILE: cannot read ${folder}: it is a folder, not a file`,
    );
  });

  it('checks what a file holds as the variable itself, never showing it', () => {
    const notAUrl = problemsOf({ DATABASE_URL_FILE: secretFile('not a url but pa55-word\n') });
    expect(notAUrl).toContain('DATABASE_URL (read from DATABASE_URL_FILE):');
    expect(notAUrl).not.toContain('pa55-word');
    const short = problemsOf({ OPERATIONS_TOKEN_FILE: secretFile('short-s3cret\n') });
    expect(short).toContain('OPERATIONS_TOKEN: use at least 16 characters');
    expect(short).not.toContain('short-s3cret');
  });

  it('still reports the other variables’ problems alongside a file’s', () => {
    const message = problemsOf({
      SLACK_APP_TOKEN_FILE: join(folder, 'absent'),
      CLUSTER_TIMEZONE: 'Mars/Olympus',
    });
    expect(message).toContain('SLACK_APP_TOKEN_FILE: cannot read');
    expect(message).toContain('CLUSTER_TIMEZONE');
  });
});
