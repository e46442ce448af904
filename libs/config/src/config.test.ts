import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dataDir: './data' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'glokal' });
    expect(config.cluster).toEqual({ timeZone: 'Europe/Warsaw', defaultLocale: 'pl' });
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(config.public).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.google.syncCalendarEveryMs).toBe(300_000);
    expect(config.google.syncDriveEveryMs).toBe(600_000);
    expect(config.google.sendUpdates).toBe('all');
  });

  it('reads whom Google tells of meetings, and refuses a word Google does not know', () => {
    expect(loadConfig({ GOOGLE_SEND_UPDATES: 'externalOnly' }).google.sendUpdates).toBe(
      'externalOnly',
    );
    expect(loadConfig({ GOOGLE_SEND_UPDATES: 'none' }).google.sendUpdates).toBe('none');
    expect(() => loadConfig({ GOOGLE_SEND_UPDATES: 'everyone' })).toThrow(/GOOGLE_SEND_UPDATES/);
  });

  it('treats empty variables as unset, as .env files often leave them', () => {
    expect(loadConfig({ DATABASE_URL: '', SLACK_BOT_TOKEN: '' }).database.url).toBeUndefined();
  });

  it('starts the Slack app only with both HTTP credentials', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_COORDINATORS: 'U1, U2',
    });
    expect(config.slack).toMatchObject({
      botToken: 'xoxb-1',
      port: 3001,
      coordinators: ['U1', 'U2'],
    });
  });

  it('reports every problem at once, by name, without secret values', () => {
    let error: unknown;
    try {
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-secret',
        CLUSTER_TIMEZONE: 'Mars/Olympus',
        SYNC_DRIVE_EVERY: 'often',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('CLUSTER_TIMEZONE');
    expect(message).toContain('SYNC_DRIVE_EVERY');
    expect(message).not.toContain('xoxb-secret');
  });

  it('refuses a half-configured Slack app with a way out', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('reads cadences in seconds, minutes and hours', () => {
    const config = loadConfig({ SYNC_CALENDAR_EVERY: '30s', SYNC_DRIVE_EVERY: '2h' });
    expect(config.google.syncCalendarEveryMs).toBe(30_000);
    expect(config.google.syncDriveEveryMs).toBe(7_200_000);
  });

  it('reads the Slack workspace of the cluster when it is given', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig({ ...env, SLACK_TEAM_ID: ' T0KLASTER ' }).slack?.teamId).toBe('T0KLASTER');
    expect(loadConfig(env).slack?.teamId).toBeUndefined();
  });

  it("takes one or several Discord servers as the cluster's, and refuses none", () => {
    const env = { DISCORD_TOKEN: 'd', DISCORD_APPLICATION_ID: '1' };
    expect(loadConfig({ ...env, DISCORD_GUILD_ID: '111' }).discord?.guildIds).toEqual(['111']);
    expect(loadConfig({ ...env, DISCORD_GUILD_ID: '111, 222,' }).discord?.guildIds).toEqual([
      '111',
      '222',
    ]);
    expect(() => loadConfig(env)).toThrow(/DISCORD_GUILD_ID: set the id of the cluster's/);
  });

  it('keeps the operations port on this machine unless a token guards it', () => {
    expect(loadConfig({ OPERATIONS_HOST: '::1' }).http.host).toBe('::1');
    expect(() => loadConfig({ OPERATIONS_HOST: '0.0.0.0' })).toThrow(
      /OPERATIONS_TOKEN: the operations port listens on 0\.0\.0\.0/,
    );
    const token = 'a'.repeat(32);
    expect(loadConfig({ OPERATIONS_HOST: '0.0.0.0', OPERATIONS_TOKEN: token }).http).toEqual({
      port: 3000,
      host: '0.0.0.0',
      token,
    });
  });

  it('refuses an operations token short enough to guess, without showing it', () => {
    let message = '';
    try {
      loadConfig({ OPERATIONS_TOKEN: 'hunter2' });
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toContain('OPERATIONS_TOKEN: use at least 16 characters');
    expect(message).not.toContain('hunter2');
  });
});

describe('calendar feeds', () => {
  it('serves them on PUBLIC_PORT, on every interface unless PUBLIC_HOST says otherwise', () => {
    expect(loadConfig({ PUBLIC_PORT: '3002' }).public).toEqual({ port: 3002, host: '0.0.0.0' });
    expect(loadConfig({ PUBLIC_PORT: '3002', PUBLIC_HOST: '127.0.0.1' }).public).toEqual({
      port: 3002,
      host: '127.0.0.1',
    });
    expect(loadConfig({ PUBLIC_PORT: '' }).public).toBeUndefined();
  });

  it('keeps the address people reach them at, without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://glokal.example.org/' }).cluster.publicUrl).toBe(
      'https://glokal.example.org',
    );
    expect(loadConfig({ PUBLIC_URL: 'https://example.org/glokal' }).cluster.publicUrl).toBe(
      'https://example.org/glokal',
    );
    expect(loadConfig({ PUBLIC_URL: '' }).cluster.publicUrl).toBeUndefined();
  });

  it('refuses an address calendar apps cannot fetch, and a port the operations port has', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'glokal.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_PORT: '3000' })).toThrow(/PUBLIC_PORT: 3000 is HTTP_PORT/);
    expect(() => loadConfig({ PUBLIC_PORT: 'feeds' })).toThrow(/PUBLIC_PORT/);
  });
});

describe('isLoopbackHost', () => {
  it('knows the addresses that stay on this machine', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'glokal.example.org', '128.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('WORKING_HOURS', () => {
  it('defaults to Monday to Friday, 09:00 to 17:00, in the cluster zone', () => {
    expect(loadConfig({ CLUSTER_TIMEZONE: 'Europe/Lisbon' }).scheduling.workingHours).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      zone: 'Europe/Lisbon',
    });
  });

  it('reads the days and hours people write', () => {
    expect(loadConfig({ WORKING_HOURS: 'Mon,Wed,Fri 8:30-16:00' }).scheduling.workingHours).toEqual(
      {
        days: [1, 3, 5],
        start: '08:30',
        end: '16:00',
        zone: 'Europe/Warsaw',
      },
    );
  });

  it('refuses hours it cannot use, naming the variable with an example', () => {
    expect(() => loadConfig({ WORKING_HOURS: 'Mon-Fri 17:00-09:00' })).toThrow(
      /WORKING_HOURS: the end after the start on the same day, e\.g\. 09:00-17:00/,
    );
    expect(() => loadConfig({ WORKING_HOURS: 'weekdays' })).toThrow(
      /WORKING_HOURS: days, then a time range, e\.g\. Mon-Fri 09:00-17:00/,
    );
  });
});
