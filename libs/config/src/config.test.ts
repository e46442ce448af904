import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dataDir: './data' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'glokal' });
    expect(config.cluster).toEqual({ timeZone: 'Europe/Warsaw', defaultLocale: 'pl' });
    expect(config.http.port).toBe(3000);
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.google.syncCalendarEveryMs).toBe(300_000);
    expect(config.google.syncDriveEveryMs).toBe(600_000);
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
});
