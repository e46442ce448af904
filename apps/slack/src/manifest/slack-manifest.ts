import type { CommandDefinition } from '@glokal/chat';
import { createTranslator, type Locale } from '@glokal/domain';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Bot scopes, each for a reason: the slash command, posting (also to channels the bot has not
 * joined), locale and zone, members' e-mails (meeting invitations in Google Calendar),
 * coordinator groups, a direct message confirming a form when its
 * channel cannot take an ephemeral one, reading the files uploaded into a form, uploading files
 * a coordinator asked for (an attendance list) into their direct message, and reading
 * the history of public and private channels and DMs, where a retried delivery looks for the
 * message an earlier try may have posted before posting it again.
 */
export const botScopes = [
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
] as const;

export interface ManifestOptions {
  /** The catalogue, in help order; the hint names the commands everyone may run (help lists the rest). */
  commands: readonly CommandDefinition[];
  locale: Locale;
  /** Where Slack reaches the app, e.g. `https://glokal.example.org`; unused in Socket Mode. */
  publicUrl?: string;
  socketMode: boolean;
  /** The slash command; `/glokal` unless a second app (e.g. staging) needs another. */
  command?: string;
  appName?: string;
}

const USAGE_HINT_MAX = 100;

/** `events | grants | docs | …` in the app's language, cut at a whole name to fit Slack's hint. */
function usageHint(commands: readonly CommandDefinition[], locale: Locale): string {
  const open = commands.filter((command) => command.audience === 'everyone');
  const names = [
    ...new Set(
      open.map((command) => (locale === 'pl' ? command.namePl : command.name).split(' ')[0] ?? ''),
    ),
  ];
  let hint = '';
  for (const name of names.filter(Boolean)) {
    const next = hint ? `${hint} | ${name}` : name;
    if (next.length > USAGE_HINT_MAX) break;
    hint = next;
  }
  return hint;
}

/**
 * The Slack app manifest (JSON, as "Create New App → From a manifest" takes it): the bot and
 * its scopes, `/glokal` with a hint built from the catalogue, interactivity, the Home tab and the
 * `app_home_opened` event, all at one request URL — or Socket Mode without any URL.
 */
export function slackManifest(options: ManifestOptions) {
  const t = createTranslator(options.locale, 'UTC').t;
  const name = options.appName ?? 'Glokal';
  const requestUrl = options.socketMode
    ? undefined
    : `${(options.publicUrl ?? 'https://glokal.example.org').replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  const atUrl = requestUrl ? { request_url: requestUrl } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: t('slack:manifest.description'),
      long_description: t('slack:manifest.long_description'),
      background_color: '#1d4f91',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: false,
        messages_tab_read_only_enabled: true,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: options.command ?? '/glokal',
          ...(requestUrl ? { url: requestUrl } : {}),
          description: t('slack:manifest.command'),
          usage_hint: usageHint(options.commands, options.locale),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...botScopes] } },
    settings: {
      event_subscriptions: { ...atUrl, bot_events: ['app_home_opened'] },
      interactivity: { is_enabled: true, ...atUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}
