import { MessagePayload, messageProblems } from './validate-message';
import { CommandPayload, commandProblems } from './validate-commands';
import { modalProblems } from './validate-modal';
import {
  ephemeralFlag,
  type FakeInteraction,
  type FakeMessage,
  type FakeState,
  type StoredCommand,
  type UploadedFile,
} from './fake-state';
import { z } from 'zod';
import {
  createScheduledEvent,
  deleteScheduledEvent,
  getScheduledEvent,
  listScheduledEvents,
  modifyScheduledEvent,
} from './scheduled-events';

/** What a route answers: a status and a JSON body (`undefined` for 204). */
export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  problems?: string[];
}

export interface RestCall {
  method: string;
  route: string;
  query: URLSearchParams;
  body: unknown;
  /** Files sent as multipart parts with the body (`files[n]`). */
  files?: readonly UploadedFile[];
  authorized: boolean;
}

type Route = (call: RestCall, params: string[], state: FakeState) => RestAnswer;

const notFound = (code: number, message: string): RestAnswer => ({
  status: 404,
  body: { message, code },
});
const unauthorized: RestAnswer = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
const missingAccess: RestAnswer = { status: 403, body: { message: 'Missing Access', code: 50001 } };

function invalidBody(problems: string[]): RestAnswer {
  return {
    status: 400,
    body: {
      message: 'Invalid Form Body',
      code: 50035,
      errors: { _errors: problems.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) },
    },
    problems,
  };
}

function needsBot(route: Route): Route {
  return (call, params, state) => (call.authorized ? route(call, params, state) : unauthorized);
}

function putCommands(call: RestCall, state: FakeState, guildId?: string): RestAnswer {
  const problems = commandProblems(call.body);
  if (problems.length > 0) return invalidBody(problems);
  const stored: StoredCommand[] = z
    .array(CommandPayload)
    .parse(call.body)
    .map((command) => {
      const existing = (guildId ? state.guildCommands.get(guildId) : state.globalCommands)?.find(
        (known) => known.name === command.name,
      );
      return {
        type: 1,
        default_member_permissions: null,
        ...command,
        id: existing?.id ?? state.nextId(),
        application_id: state.applicationId,
        version: state.nextId(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
  if (guildId) state.guildCommands.set(guildId, stored);
  else state.globalCommands.splice(0, state.globalCommands.length, ...stored);
  return { status: 200, body: stored };
}

function postCommand(call: RestCall, state: FakeState, guildId?: string): RestAnswer {
  const problems = commandProblems([call.body]);
  if (problems.length > 0) return invalidBody(problems);
  const command: StoredCommand = {
    ...CommandPayload.parse(call.body),
    id: state.nextId(),
    application_id: state.applicationId,
    version: state.nextId(),
  };
  const list = guildId ? (state.guildCommands.get(guildId) ?? []) : state.globalCommands;
  list.push(command);
  if (guildId) state.guildCommands.set(guildId, list);
  return { status: 201, body: command };
}

const callbackTypesByInteraction: Record<number, readonly number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

const AutocompleteResult = z.object({
  choices: z
    .array(
      z.object({
        name: z.string().min(1).max(100),
        value: z.union([z.string().max(100), z.number()]),
      }),
    )
    .max(25),
});

/** Keeps the files sent with a message and puts them on it, as Discord's attachments. */
function attachFiles(call: RestCall, message: FakeMessage | undefined, state: FakeState): void {
  if (!message || !call.files?.length) return;
  message.attachments = call.files.map((file) => state.attach(message.channel_id, file));
}

/** An interaction callback's envelope; what `data` must be depends on `type`. */
const InteractionCallback = z.object({ type: z.number().int(), data: z.unknown().optional() });

function answerCallback(
  call: RestCall,
  [id = '', token = '']: string[],
  state: FakeState,
): RestAnswer {
  const interaction = state.interactions.get(id);
  if (!interaction || interaction.token !== token) return notFound(10062, 'Unknown interaction');
  if (interaction.callback)
    return {
      status: 400,
      body: { message: 'Interaction has already been acknowledged.', code: 40060 },
    };
  if (performance.now() - interaction.dispatchedAt > state.interactionDeadlineMs)
    return notFound(10062, 'Unknown interaction');
  const parsed = InteractionCallback.safeParse(call.body);
  if (!parsed.success) return invalidBody(['type: required']);
  const { type, data } = parsed.data;
  if (!(callbackTypesByInteraction[interaction.type] ?? []).includes(type)) {
    return invalidBody([
      `type: ${type} is not a valid answer to an interaction of type ${interaction.type}`,
    ]);
  }
  if (interaction.type === 5 && (type === 6 || type === 7) && !interaction.componentMessageId)
    return invalidBody([`type: ${type} answers only a modal opened from a message's component`]);
  const problems =
    type === 8
      ? (AutocompleteResult.safeParse(data).error?.issues.map(
          (issue) => `data.${issue.path.join('.')}: ${issue.message}`,
        ) ?? [])
      : type === 4 || type === 7
        ? messageProblems(data ?? {}, { requireContent: type === 4 })
        : type === 9
          ? modalProblems(data)
          : [];
  if (problems.length > 0) return invalidBody(problems);
  interaction.callback = { type, data, at: performance.now() };
  acknowledge(interaction, type, data, state);
  if (type === 4 || type === 7) {
    const answered = interaction.originalMessageId ?? interaction.componentMessageId;
    attachFiles(call, answered ? state.messages.get(answered) : undefined, state);
  }
  state.changes.notify();
  if (call.query.get('with_response') !== 'true') return { status: 204 };
  const message = interaction.originalMessageId
    ? state.messages.get(interaction.originalMessageId)
    : undefined;
  return {
    status: 200,
    body: {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: Boolean((message?.flags ?? 0) & ephemeralFlag),
      },
      resource: message ? { type, message } : { type },
    },
  };
}

function acknowledge(
  interaction: FakeInteraction,
  type: number,
  data: unknown,
  state: FakeState,
): void {
  const channelId = String(interaction.payload['channel_id'] ?? '');
  if (type === 4 || type === 5) {
    const body = MessagePayload.parse(data ?? {});
    const message = state.createMessage(channelId, type === 5 ? { flags: body.flags ?? 0 } : body, {
      type: interaction.type === 2 ? 20 : 19,
      webhook_id: state.applicationId,
      application_id: state.applicationId,
    });
    interaction.originalMessageId = message.id;
  } else if (type === 6 || type === 7) {
    if (interaction.componentMessageId) {
      interaction.originalMessageId = interaction.componentMessageId;
      if (type === 7)
        state.editMessage(interaction.componentMessageId, MessagePayload.parse(data ?? {}));
    }
  }
}

function webhookInteraction(params: string[], state: FakeState): FakeInteraction | RestAnswer {
  const [applicationId = '', token = ''] = params;
  if (applicationId !== state.applicationId) return notFound(10015, 'Unknown Webhook');
  const interaction = state.interactionByToken(token);
  if (!interaction) return notFound(10015, 'Unknown Webhook');
  if (!interaction.callback) return notFound(10008, 'Unknown Message');
  return interaction;
}

function webhookMessage(call: RestCall, params: string[], state: FakeState): RestAnswer {
  const interaction = webhookInteraction(params, state);
  if ('status' in interaction) return interaction;
  const messageId = params[2] === '@original' ? interaction.originalMessageId : params[2];
  const message = messageId ? state.messages.get(messageId) : undefined;
  if (!message) return notFound(10008, 'Unknown Message');
  if (call.method === 'GET') return { status: 200, body: message };
  if (call.method === 'DELETE') {
    state.messages.delete(message.id);
    state.changes.notify();
    return { status: 204 };
  }
  const problems = messageProblems(call.body, { requireContent: false });
  if (problems.length > 0) return invalidBody(problems);
  const edited = state.editMessage(message.id, MessagePayload.parse(call.body));
  attachFiles(call, edited, state);
  return { status: 200, body: edited };
}

function followUp(call: RestCall, params: string[], state: FakeState): RestAnswer {
  const interaction = webhookInteraction(params, state);
  if ('status' in interaction) return interaction;
  const problems = messageProblems(call.body, { requireContent: true });
  if (problems.length > 0) return invalidBody(problems);
  const message = state.createMessage(
    String(interaction.payload['channel_id'] ?? ''),
    MessagePayload.parse(call.body),
    {
      webhook_id: state.applicationId,
      application_id: state.applicationId,
    },
  );
  attachFiles(call, message, state);
  return call.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}

const nonceMaxLength = 25;

/** The nonce of a create-message body (Discord takes a string or an integer), as text. */
function nonceOf(body: unknown): string | undefined {
  const nonce = (body as { nonce?: unknown } | undefined)?.nonce;
  return typeof nonce === 'string' || typeof nonce === 'number' ? String(nonce) : undefined;
}

/**
 * `POST /channels/{id}/messages`. With a `nonce` and `enforce_nonce: true`, a message the bot
 * created in the channel with the same nonce within the nonce window is answered again (200,
 * same id) and nothing is created; if that message was deleted since, Discord answers 10008.
 * Discord echoes the nonce in this answer only: `GET` of the message never shows it.
 */
function postChannelMessage(
  call: RestCall,
  [channelId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!state.channel(channelId)) return notFound(10003, 'Unknown Channel');
  const nonce = nonceOf(call.body);
  if (nonce !== undefined && nonce.length > nonceMaxLength) {
    const message = `Must be ${nonceMaxLength} or fewer in length.`;
    return {
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: { nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message }] } },
      },
      problems: [`nonce: ${message}`],
    };
  }
  const problems = messageProblems(call.body, { requireContent: true });
  if (problems.length > 0) return invalidBody(problems);
  const recipient = state.dmRecipient(channelId);
  if (recipient !== undefined && state.refusingDms.has(recipient))
    return { status: 403, body: { message: 'Cannot send messages to this user', code: 50007 } };
  const enforce = (call.body as { enforce_nonce?: unknown }).enforce_nonce === true;
  const earlier = nonce !== undefined && enforce ? state.recentNonce(channelId, nonce) : undefined;
  if (earlier) {
    const message = state.messages.get(earlier.messageId);
    if (!message) return notFound(10008, 'Unknown Message');
    return { status: 200, body: { ...message, nonce } };
  }
  const message = state.createMessage(channelId, MessagePayload.parse(call.body));
  if (nonce === undefined) return { status: 200, body: message };
  state.rememberNonce(channelId, nonce, message.id);
  return { status: 200, body: { ...message, nonce } };
}

/**
 * `PATCH /channels/{id}/messages/{id}`: edits a message the bot posted in that channel (only
 * the fields given change); another author's message is refused with 50005, as Discord does.
 */
function editChannelMessage(
  call: RestCall,
  [channelId = '', messageId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!state.channel(channelId)) return notFound(10003, 'Unknown Channel');
  const message = state.messages.get(messageId);
  if (!message || message.channel_id !== channelId) return notFound(10008, 'Unknown Message');
  if (message.author.id !== state.botUser.id)
    return {
      status: 403,
      body: { message: 'Cannot edit a message authored by another user', code: 50005 },
    };
  const problems = messageProblems(call.body, { requireContent: false });
  if (problems.length > 0) return invalidBody(problems);
  const edited = state.editMessage(message.id, MessagePayload.parse(call.body));
  return { status: 200, body: edited };
}

const HistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z.string().regex(/^\d+$/).optional(),
  after: z.string().regex(/^\d+$/).optional(),
  around: z.string().regex(/^\d+$/).optional(),
});

/**
 * `GET /channels/{id}/messages?limit&before|after|around`: newest first, as Discord answers.
 * With `after`, the `limit` messages right after that id (the oldest of them last); ephemeral
 * interaction replies are nobody's history.
 */
function listChannelMessages(
  call: RestCall,
  [channelId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!state.channel(channelId)) return notFound(10003, 'Unknown Channel');
  const query = HistoryQuery.safeParse(Object.fromEntries(call.query));
  if (!query.success)
    return invalidBody(
      query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  const { limit, before, after, around } = query.data;
  const ascending = [...state.messages.values()]
    .filter((message) => message.channel_id === channelId && !(message.flags & ephemeralFlag))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  let chosen: typeof ascending;
  if (after !== undefined) {
    chosen = ascending.filter((message) => BigInt(message.id) > BigInt(after)).slice(0, limit);
  } else if (before !== undefined) {
    chosen = ascending.filter((message) => BigInt(message.id) < BigInt(before)).slice(-limit);
  } else if (around !== undefined) {
    const older = ascending.filter((message) => BigInt(message.id) < BigInt(around));
    const rest = ascending.filter((message) => BigInt(message.id) >= BigInt(around));
    const half = Math.floor(limit / 2);
    chosen = [...older.slice(-half), ...rest.slice(0, limit - Math.min(half, older.length))];
  } else {
    chosen = ascending.slice(-limit);
  }
  return { status: 200, body: chosen.reverse() };
}

/** `POST /users/@me/channels` `{ recipient_id }`: the DM channel (type 1) with that user. */
function openDmChannel(call: RestCall, _params: string[], state: FakeState): RestAnswer {
  const body = call.body as { recipient_id?: unknown } | undefined;
  const recipient = typeof body?.recipient_id === 'string' ? body.recipient_id : undefined;
  if (!recipient || !/^\d+$/.test(recipient))
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body' } };
  return {
    status: 200,
    body: {
      id: state.openDm(recipient),
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [
        {
          id: recipient,
          username: `user${recipient.slice(-4)}`,
          global_name: null,
          discriminator: '0',
          avatar: null,
        },
      ],
    },
  };
}

const gatewayBot: Route = (_call, _params, state) => ({
  status: 200,
  body: {
    url: state.gatewayUrl,
    shards: state.recommendedShards,
    session_start_limit: {
      total: 1000,
      remaining: 999,
      reset_after: 14_400_000,
      max_concurrency: 1,
    },
  },
});

const forApplication =
  (
    route: (call: RestCall, state: FakeState, guildId?: string) => RestAnswer,
    guildScoped: boolean,
  ): Route =>
  (call, [applicationId = '', guildId], state) => {
    if (applicationId !== state.applicationId) return missingAccess;
    if (guildScoped && !state.guilds.some((guild) => guild.id === guildId)) return missingAccess;
    return route(call, state, guildScoped ? guildId : undefined);
  };

const listCommands = (_call: RestCall, state: FakeState, guildId?: string): RestAnswer => ({
  status: 200,
  body: guildId ? (state.guildCommands.get(guildId) ?? []) : state.globalCommands,
});

/** The REST routes of API v10 the fake speaks, by method and path pattern. */
export const routes: { method: string; pattern: RegExp; route: Route }[] = [
  { method: 'GET', pattern: /^\/gateway\/bot$/, route: needsBot(gatewayBot) },
  {
    method: 'GET',
    pattern: /^\/gateway$/,
    route: (_c, _p, state) => ({ status: 200, body: { url: state.gatewayUrl } }),
  },
  {
    method: 'GET',
    pattern: /^\/users\/@me$/,
    route: needsBot((_c, _p, state) => ({
      status: 200,
      body: { ...state.author(), flags: 0, verified: true, mfa_enabled: false },
    })),
  },
  {
    method: 'GET',
    pattern: /^\/applications\/@me$/,
    route: needsBot((_c, _p, state) => ({
      status: 200,
      body: {
        id: state.applicationId,
        name: state.botUser.username,
        description: '',
        flags: 0,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: '0',
      },
    })),
  },
  {
    method: 'GET',
    pattern: /^\/applications\/(\d+)\/commands$/,
    route: needsBot(forApplication(listCommands, false)),
  },
  {
    method: 'PUT',
    pattern: /^\/applications\/(\d+)\/commands$/,
    route: needsBot(forApplication(putCommands, false)),
  },
  {
    method: 'POST',
    pattern: /^\/applications\/(\d+)\/commands$/,
    route: needsBot(forApplication(postCommand, false)),
  },
  {
    method: 'GET',
    pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    route: needsBot(forApplication(listCommands, true)),
  },
  {
    method: 'PUT',
    pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    route: needsBot(forApplication(putCommands, true)),
  },
  {
    method: 'POST',
    pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    route: needsBot(forApplication(postCommand, true)),
  },
  { method: 'POST', pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/, route: answerCallback },
  { method: 'POST', pattern: /^\/webhooks\/(\d+)\/([^/]+)$/, route: followUp },
  {
    method: 'GET',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
    route: webhookMessage,
  },
  {
    method: 'PATCH',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
    route: webhookMessage,
  },
  {
    method: 'DELETE',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
    route: webhookMessage,
  },
  { method: 'POST', pattern: /^\/channels\/(\d+)\/messages$/, route: needsBot(postChannelMessage) },
  { method: 'GET', pattern: /^\/channels\/(\d+)\/messages$/, route: needsBot(listChannelMessages) },
  {
    method: 'PATCH',
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/,
    route: needsBot(editChannelMessage),
  },
  { method: 'POST', pattern: /^\/users\/@me\/channels$/, route: needsBot(openDmChannel) },
  ...scheduledEventRoutes(),
];

/** The Events tab: a guild's scheduled events (`scheduled-events.ts`). */
function scheduledEventRoutes(): typeof routes {
  const one = /^\/guilds\/(\d+)\/scheduled-events\/(\d+)$/;
  const all = /^\/guilds\/(\d+)\/scheduled-events$/;
  return [
    { method: 'GET', pattern: all, route: needsBot(listScheduledEvents) },
    { method: 'POST', pattern: all, route: needsBot(createScheduledEvent) },
    { method: 'GET', pattern: one, route: needsBot(getScheduledEvent) },
    { method: 'PATCH', pattern: one, route: needsBot(modifyScheduledEvent) },
    { method: 'DELETE', pattern: one, route: needsBot(deleteScheduledEvent) },
  ];
}

/** Answers one REST call as Discord would, including armed 429s and, when set, Discord's limits. */
export function answerRest(call: RestCall, state: FakeState): RestAnswer {
  const limited = state.takeRateLimit(call.method, call.route);
  if (limited) {
    const resetAfter = limited.retryAfterSeconds;
    return {
      status: 429,
      body: {
        message: 'You are being rate limited.',
        retry_after: resetAfter,
        global: limited.global,
        code: limited.global ? 0 : undefined,
      },
      headers: {
        'retry-after': String(Math.ceil(resetAfter)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': (Date.now() / 1000 + resetAfter).toFixed(3),
        'x-ratelimit-reset-after': resetAfter.toFixed(3),
        'x-ratelimit-bucket': 'fakebucket',
        'x-ratelimit-scope': limited.global ? 'global' : 'user',
        ...(limited.global ? { 'x-ratelimit-global': 'true' } : {}),
      },
    };
  }
  const failure = state.takeFailure(call.method, call.route);
  if (failure)
    return {
      status: failure.status,
      body: { message: `${failure.status}: Server Error`, code: 0 },
    };
  const verdict = state.limiter.check(call.method, call.route);
  if (verdict.limited)
    return { status: verdict.status, body: verdict.body, headers: verdict.headers };
  const answer = dispatch(call, state);
  return { ...answer, headers: { ...verdict.headers, ...answer.headers } };
}

function dispatch(call: RestCall, state: FakeState): RestAnswer {
  for (const { method, pattern, route } of routes) {
    if (method !== call.method) continue;
    const match = pattern.exec(call.route);
    if (match) return route(call, match.slice(1), state);
  }
  return notFound(0, '404: Not Found');
}
