import type { SlackDelivery } from './sign-request';

/**
 * Bodies shaped like the ones Slack sends an app: slash commands as form fields in Slack's
 * order, interactions as `payload=<url-encoded JSON>`, events as JSON envelopes.
 */

export interface SlackPerson {
  id: string;
  name: string;
}

export interface SlackPlace {
  teamId: string;
  teamDomain?: string;
  channelId: string;
  channelName?: string;
  apiAppId?: string;
}

const defaults = { teamDomain: 'klaster', channelName: 'ogolny', apiAppId: 'A0GLOKAL1' };
const triggerId = () =>
  `${Date.now()}.${Math.floor(Math.random() * 1e10)}.${Math.random().toString(16).slice(2, 34)}`;

export interface SlashCommandOptions {
  command?: string;
  text: string;
  user: SlackPerson;
  place: SlackPlace;
  responseUrl: string;
}

/** The fields of a slash command, in the order Slack sends them. */
function slashCommandFields(options: SlashCommandOptions): [string, string][] {
  const { user, place } = options;
  return [
    ['token', 'legacy-verification-token'],
    ['team_id', place.teamId],
    ['team_domain', place.teamDomain ?? defaults.teamDomain],
    ['channel_id', place.channelId],
    ['channel_name', place.channelName ?? defaults.channelName],
    ['user_id', user.id],
    ['user_name', user.name],
    ['command', options.command ?? '/glokal'],
    ['text', options.text],
    ['api_app_id', place.apiAppId ?? defaults.apiAppId],
    ['is_enterprise_install', 'false'],
    ['response_url', options.responseUrl],
    ['trigger_id', triggerId()],
  ];
}

/** A slash command as an HTTP request body (`application/x-www-form-urlencoded`). */
export function slashCommandBody(options: SlashCommandOptions): SlackDelivery {
  return {
    body: new URLSearchParams(slashCommandFields(options)).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** A slash command as the payload of a Socket Mode `slash_commands` envelope. */
export function slashCommandPayload(options: SlashCommandOptions): Record<string, string> {
  return Object.fromEntries(slashCommandFields(options));
}

export interface PressedButton {
  actionId: string;
  blockId: string;
  value: string;
  text: string;
}

/** Where the pressed button sat: a message (ephemeral or not) or a view (App Home, modal). */
export type ButtonContainer =
  | {
      type: 'message';
      messageTs: string;
      channelId: string;
      isEphemeral: boolean;
      blocks?: unknown[];
    }
  | {
      type: 'view';
      viewId: string;
      viewType: 'home' | 'modal';
      /** A modal's: what the app gave it, and its inputs' state as it stands (block ids). */
      callbackId?: string;
      privateMetadata?: string;
      values?: Record<string, Record<string, unknown>>;
    };

export function interactionBody(payload: Record<string, unknown>): SlackDelivery {
  return {
    body: new URLSearchParams([['payload', JSON.stringify(payload)]]).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** A `block_actions` payload for one button press. */
export function blockActionsPayload(options: {
  user: SlackPerson;
  place: SlackPlace;
  container: ButtonContainer;
  button: PressedButton;
  responseUrl?: string;
}): Record<string, unknown> {
  const { user, place, container, button } = options;
  const actionTs = (Date.now() / 1000).toFixed(6);
  const common = {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: place.teamId },
    api_app_id: place.apiAppId ?? defaults.apiAppId,
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
    team: { id: place.teamId, domain: place.teamDomain ?? defaults.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    actions: [
      {
        action_id: button.actionId,
        block_id: button.blockId,
        text: { type: 'plain_text', text: button.text, emoji: true },
        value: button.value,
        type: 'button',
        action_ts: actionTs,
      },
    ],
  };
  if (container.type === 'view') {
    return {
      ...common,
      container: { type: 'view', view_id: container.viewId },
      view: {
        id: container.viewId,
        team_id: place.teamId,
        type: container.viewType,
        blocks: [],
        private_metadata: container.privateMetadata ?? '',
        callback_id: container.callbackId ?? '',
        state: { values: container.values ?? {} },
        hash: `${actionTs}.abc`,
        app_id: place.apiAppId ?? defaults.apiAppId,
        bot_id: 'B0GLOKAL1',
      },
    };
  }
  return {
    ...common,
    container: {
      type: 'message',
      message_ts: container.messageTs,
      channel_id: container.channelId,
      is_ephemeral: container.isEphemeral,
    },
    channel: { id: container.channelId, name: place.channelName ?? defaults.channelName },
    // Slack sends the message itself only when it is not ephemeral.
    ...(container.isEphemeral
      ? {}
      : {
          message: {
            type: 'message',
            ts: container.messageTs,
            text: '',
            blocks: container.blocks ?? [],
          },
        }),
    ...(options.responseUrl ? { response_url: options.responseUrl } : {}),
  };
}

/**
 * One input's state in a submitted view, as Slack reports it per element type: text and
 * number inputs `value`, `datepicker` `selected_date`, `timepicker` `selected_time`, selects
 * `selected_option(s)`, `multi_users_select` `selected_users`, `conversations_select`
 * `selected_conversation`, `file_input` `files`. An input left empty reports `null` (or `[]`
 * for multi-selects).
 */
export interface InputState {
  type: string;
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { text?: { type: 'plain_text'; text: string }; value: string } | null;
  selected_options?: { text?: { type: 'plain_text'; text: string }; value: string }[];
  selected_users?: string[];
  selected_conversation?: string | null;
  /** `file_input`: the uploaded files as Slack describes them (`FakeSlack.addFile`). */
  files?: Record<string, unknown>[];
}

/** A `view_submission` payload with the values of a modal's inputs (block id -> action id -> value). */
export function viewSubmissionPayload(options: {
  user: SlackPerson;
  place: SlackPlace;
  callbackId: string;
  privateMetadata?: string;
  values: Record<string, Record<string, InputState>>;
  /** The blocks of the view as it was opened (Slack sends them back). */
  blocks?: unknown[];
}): Record<string, unknown> {
  const { user, place } = options;
  return {
    type: 'view_submission',
    team: { id: place.teamId, domain: place.teamDomain ?? defaults.teamDomain },
    user: { id: user.id, username: user.name, name: user.name, team_id: place.teamId },
    api_app_id: place.apiAppId ?? defaults.apiAppId,
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
    view: {
      id: 'V0MODAL01',
      team_id: place.teamId,
      type: 'modal',
      blocks: options.blocks ?? [],
      private_metadata: options.privateMetadata ?? '',
      callback_id: options.callbackId,
      state: { values: options.values },
      hash: `${Date.now() / 1000}.abc`,
      title: { type: 'plain_text', text: 'Glokal' },
      previous_view_id: null,
      root_view_id: 'V0MODAL01',
      app_id: place.apiAppId ?? defaults.apiAppId,
      external_id: '',
      app_installed_team_id: place.teamId,
      bot_id: 'B0GLOKAL1',
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** The Events API envelope for `app_home_opened` on the Home tab. */
export function appHomeOpenedBody(options: {
  user: SlackPerson;
  teamId: string;
  botUserId?: string;
  apiAppId?: string;
}): SlackDelivery {
  const eventTs = (Date.now() / 1000).toFixed(6);
  const envelope = {
    token: 'legacy-verification-token',
    team_id: options.teamId,
    api_app_id: options.apiAppId ?? defaults.apiAppId,
    event: {
      type: 'app_home_opened',
      user: options.user.id,
      channel: 'D0GLOKAL01',
      tab: 'home',
      event_ts: eventTs,
    },
    type: 'event_callback',
    event_id: `Ev${Math.floor(Math.random() * 1e10)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: options.teamId,
        user_id: options.botUserId ?? 'U0GLOKALBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
  return { body: JSON.stringify(envelope), contentType: 'application/json' };
}
