import { describe, expect, it } from 'vitest';
import { catalogue } from '@glokal/chat';
import { slackManifest } from './slack-manifest';

describe('the Slack app manifest', () => {
  const manifest = slackManifest({
    commands: catalogue,
    locale: 'en',
    publicUrl: 'https://glokal.example.org/',
    socketMode: false,
  });

  it('sends the slash command, buttons and events to one request URL', () => {
    const url = 'https://glokal.example.org/slack/events';
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/glokal', url, should_escape: false }),
    ]);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.settings.event_subscriptions).toEqual({
      request_url: url,
      bot_events: ['app_home_opened'],
    });
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('names in the usage hint every command anyone may run, in the app’s language', () => {
    const everyone = catalogue.filter((command) => command.audience === 'everyone');
    const english = manifest.features.slash_commands[0]?.usage_hint ?? '';
    for (const command of everyone)
      expect(english.split(' | ')).toContain(command.name.split(' ')[0]);
    const polish =
      slackManifest({ commands: catalogue, locale: 'pl', socketMode: false }).features
        .slash_commands[0]?.usage_hint ?? '';
    expect(polish).toContain('wydarzenia');
    expect(polish.length).toBeLessThanOrEqual(100);
  });

  it('asks only for the scopes Glokal uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'users:read',
      'users:read.email',
      'usergroups:read',
      'im:write',
      'files:read',
      'files:write',
      'channels:history',
      'groups:history',
      'im:history',
    ]);
  });

  it('keeps descriptions within Slack’s lengths', () => {
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });

  it('has no URLs at all in Socket Mode', () => {
    const socket = slackManifest({ commands: catalogue, locale: 'pl', socketMode: true });
    expect(JSON.stringify(socket)).not.toContain('https://');
    expect(socket.settings.socket_mode_enabled).toBe(true);
  });
});
