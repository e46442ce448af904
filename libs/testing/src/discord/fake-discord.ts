import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  FakeState,
  type FakeInteraction,
  type FakeMessage,
  type RecordedRequest,
  type StoredCommand,
  type UploadedFile,
} from './fake-state';
import { FakeGateway } from './gateway';
import { answerRest } from './rest-routes';
import { InteractionBuilder, type InteractionActor, type SlashCommandInput } from './interactions';
import { permissionBits, type FakeGuild } from './fake-guild';
import { ModalPayload, modalFields } from './validate-modal';
import type { FakeRateLimitSettings } from './fake-rate-limits';
import type { FakeScheduledEvent } from './scheduled-events';

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  botUsername?: string;
  guilds?: FakeGuild[];
  /** Discord allows 3 s to answer an interaction; tests of deferring may shorten it. */
  interactionDeadlineMs?: number;
  heartbeatIntervalMs?: number;
  /**
   * How long `enforce_nonce` returns the message created earlier with the same nonce. Discord
   * says "the past few minutes"; tests of what happens after it may shorten it.
   */
  nonceWindowMs?: number;
  /** Discord's rate limits to enforce from the start (none by default); see `enforceRateLimits`. */
  rateLimits?: FakeRateLimitSettings;
  /** The shard count `GET /gateway/bot` recommends (Discord: one per 1,000 guilds; default 1). */
  recommendedShards?: number;
  /** Most guilds one shard may hold before IDENTIFY is closed with 4011 (Discord: 2,500). */
  guildsPerShard?: number;
}

export const fakeGuildId = '1180000000000000001';
export const fakeChannelId = '1180000000000000002';
export const fakeAnnouncementsChannelId = '1180000000000000003';
export const fakeCoordinatorRoleId = '1180000000000000004';

/** The cluster's server: the fake's only guild unless a test gives others. */
export const fakeClusterGuild: FakeGuild = {
  id: fakeGuildId,
  name: 'Klaster Edukacyjny',
  ownerId: '1180000000000000009',
  preferredLocale: 'pl',
  channels: [
    { id: fakeChannelId, name: 'ogólny' },
    { id: fakeAnnouncementsChannelId, name: 'ogłoszenia' },
  ],
  roles: [
    {
      id: fakeGuildId,
      name: '@everyone',
      permissions: permissionBits.viewChannel | permissionBits.sendMessages,
    },
    {
      id: fakeCoordinatorRoleId,
      name: 'Koordynatorzy',
      permissions: permissionBits.viewChannel | permissionBits.sendMessages,
    },
  ],
};

export const fakeOtherGuildId = '1190000000000000001';
export const fakeOtherChannelId = '1190000000000000002';

/**
 * A server that is not the cluster's, where someone added the bot: give it with
 * `guilds: [fakeClusterGuild, fakeOtherGuild]` and interact there with `guildId: fakeOtherGuildId`.
 */
export const fakeOtherGuild: FakeGuild = {
  id: fakeOtherGuildId,
  name: 'Someone else’s server',
  ownerId: '1190000000000000009',
  preferredLocale: 'en-US',
  channels: [{ id: fakeOtherChannelId, name: 'general' }],
  roles: [
    {
      id: fakeOtherGuildId,
      name: '@everyone',
      permissions: permissionBits.viewChannel | permissionBits.sendMessages,
    },
  ],
};

/**
 * A request's body: JSON, or a multipart form as discord.js sends files (`payload_json` and
 * `files[n]` parts), read as the JSON body and its files.
 */
async function readBody(
  request: IncomingMessage,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const bytes = Buffer.concat(chunks);
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(bytes, { headers: { 'content-type': contentType } })
      .formData()
      .catch(() => undefined);
    if (!form) return { body: bytes.toString('utf8'), files: [] };
    const json = form.get('payload_json');
    const files: UploadedFile[] = [];
    for (const [name, value] of form.entries())
      if (/^files\[\d+\]$/.test(name) && typeof value !== 'string')
        files.push({
          filename: value.name,
          text: Buffer.from(await value.arrayBuffer()).toString('utf8'),
          ...(value.type ? { contentType: value.type } : {}),
        });
    let body: unknown = {};
    if (typeof json === 'string') {
      try {
        body = JSON.parse(json);
      } catch {
        body = json;
      }
    }
    return { body, files };
  }
  const text = bytes.toString('utf8');
  if (text === '') return { body: undefined, files: [] };
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

/**
 * A loopback Discord: REST API v10 under `apiUrl` (give it to discord.js as `rest.api`) and a
 * WebSocket gateway that `GET /gateway/bot` points at. It records every request, refuses what
 * Discord would refuse, answers 429 when armed, and dispatches interactions like Discord does.
 */
export class FakeDiscord {
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  readonly build: InteractionBuilder;
  readonly #http: Server;
  apiUrl = '';

  private constructor(options: FakeDiscordOptions) {
    this.state = new FakeState(
      options.token ?? 'fake-bot-token',
      options.applicationId ?? '1180000000000000100',
      {
        id: options.applicationId ?? '1180000000000000100',
        username: options.botUsername ?? 'Glokal',
      },
      options.guilds ?? [fakeClusterGuild],
      options.interactionDeadlineMs ?? 3_000,
      options.nonceWindowMs ?? 5 * 60_000,
    );
    this.state.limiter.set(options.rateLimits);
    for (const guild of options.guilds ?? [])
      if (guild.botManagesEvents === false)
        this.state.scheduledEvents.allowManageEvents(guild.id, false);
    this.state.recommendedShards = options.recommendedShards ?? 1;
    this.gateway = new FakeGateway(
      this.state,
      options.heartbeatIntervalMs ?? 41_250,
      options.guildsPerShard,
    );
    this.build = new InteractionBuilder(this.state);
    this.#http = createServer((request, response) => void this.#serve(request, response));
    this.#http.on('upgrade', (request, socket, head: Buffer) =>
      this.gateway.upgrade(request, socket, head),
    );
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#http.listen(0, '127.0.0.1', resolve));
    const address = fake.#http.address();
    if (!address || typeof address === 'string') throw new Error('fake Discord: no TCP port');
    const { port } = address;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.state.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    fake.state.cdnUrl = `http://127.0.0.1:${port}/cdn`;
    return fake;
  }

  get token(): string {
    return this.state.token;
  }
  get applicationId(): string {
    return this.state.applicationId;
  }
  get guildId(): string {
    return this.state.guilds[0]?.id ?? '';
  }
  get channelId(): string {
    return this.state.guilds[0]?.channels[0]?.id ?? '';
  }
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(request.url ?? '/', 'http://fake');
    const { body, files } = await readBody(request);
    const prefix = '/api/v10';
    const path = decodeURIComponent(url.pathname);
    const file = /^\/cdn\/attachments\/\d+\/(\d+)\//.exec(path)?.[1];
    if (file !== undefined) {
      const attached = this.state.attachments.get(file);
      response.writeHead(attached ? 200 : 404, {
        'content-type': attached?.contentType ?? 'text/plain',
      });
      response.end(attached?.text ?? 'Not Found');
      return;
    }
    const route = path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
    const authorized = request.headers.authorization === `Bot ${this.state.token}`;
    const answer = path.startsWith(`${prefix}/`)
      ? answerRest(
          {
            method: request.method ?? 'GET',
            route,
            query: url.searchParams,
            body,
            files,
            authorized,
          },
          this.state,
        )
      : { status: 404, body: { message: '404: Not Found', code: 0 } };
    this.state.record({
      method: request.method ?? 'GET',
      route,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized,
      status: answer.status,
      at,
      problems: answer.problems ?? [],
    });
    response.writeHead(answer.status, {
      ...(answer.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...answer.headers,
    });
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  /** Sends an INTERACTION_CREATE built by `build` through the gateway and starts its 3-second clock. */
  dispatch(payload: Record<string, unknown>): FakeInteraction {
    const interaction: FakeInteraction = {
      id: String(payload['id']),
      token: String(payload['token']),
      type: Number(payload['type']),
      payload,
      dispatchedAt: performance.now(),
    };
    const message = payload['message'];
    if (message && typeof message === 'object' && 'id' in message)
      interaction.componentMessageId = String(message.id);
    this.state.interactions.set(interaction.id, interaction);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return interaction;
  }

  slash(actor: InteractionActor, input: SlashCommandInput): FakeInteraction {
    return this.dispatch(this.build.slash(actor, input));
  }

  autocomplete(
    actor: InteractionActor,
    input: SlashCommandInput & { focused: string },
  ): FakeInteraction {
    return this.dispatch(this.build.autocomplete(actor, input));
  }

  /** Presses the button `customId` on a message the fake holds. */
  press(actor: InteractionActor, messageId: string, customId: string): FakeInteraction {
    const message = this.message(messageId);
    if (!message) throw new Error(`fake Discord: no message ${messageId}`);
    return this.dispatch(this.build.button(actor, structuredClone(message), customId));
  }

  /** The modal an interaction was answered with (callback type 9), as the person sees it. */
  modalOf(interaction: FakeInteraction): ModalPayload | undefined {
    if (interaction.callback?.type !== 9) return undefined;
    const parsed = ModalPayload.safeParse(interaction.callback.data);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Fills in and submits the modal `shown` was answered with, as the Discord client does: each
   * field keeps what it was pre-filled with unless `typed` says otherwise (text, or a select's
   * chosen values). Throws where the client would not let the person submit (a required field
   * empty, text too long or short, a value that is not an option).
   */
  submitModal(
    actor: InteractionActor,
    shown: FakeInteraction,
    typed: Record<string, string | readonly string[]> = {},
  ): FakeInteraction {
    const modal = this.modalOf(shown);
    if (!modal) throw new Error(`fake Discord: interaction ${shown.id} showed no modal`);
    let id = 0;
    const components = modalFields(modal).map((field) => {
      const given = typed[field.custom_id];
      id += 2;
      if (field.type === 4) {
        const value = typeof given === 'string' ? given : (field.value ?? '');
        const required = field.required ?? true;
        if (required && value.trim() === '')
          throw new Error(`fake Discord: ${field.custom_id} is required`);
        if (value.length > (field.max_length ?? 4000) || value.length < (field.min_length ?? 0))
          throw new Error(`fake Discord: ${field.custom_id} has ${value.length} characters`);
        return {
          type: 18,
          id: id - 1,
          component: { type: 4, id, custom_id: field.custom_id, value },
        };
      }
      const values =
        given === undefined
          ? field.type === 3
            ? field.options.filter((option) => option.default).map((option) => option.value)
            : []
          : typeof given === 'string'
            ? [given]
            : [...given];
      const required = field.required ?? true;
      const min = field.min_values ?? 1;
      if (
        (required || values.length > 0) &&
        (values.length < min || values.length > (field.max_values ?? 1))
      )
        throw new Error(
          `fake Discord: ${field.custom_id} needs ${min} to ${field.max_values ?? 1} choices`,
        );
      if (field.type === 3) {
        const unknown = values.filter(
          (value) => !field.options.some((option) => option.value === value),
        );
        if (unknown.length > 0)
          throw new Error(
            `fake Discord: ${unknown.join(', ')} is not an option of ${field.custom_id}`,
          );
      }
      return {
        type: 18,
        id: id - 1,
        component: { type: field.type, id, custom_id: field.custom_id, values },
      };
    });
    const message = shown.componentMessageId ? this.message(shown.componentMessageId) : undefined;
    return this.dispatch(
      this.build.modalSubmit(
        actor,
        modal.custom_id,
        components,
        message ? structuredClone(message) : undefined,
      ),
    );
  }

  /**
   * A modal submit nobody was shown: what a forged client could send, with `values` as text
   * inputs in labels under any `customId`.
   */
  forgeModalSubmit(
    actor: InteractionActor,
    customId: string,
    values: Record<string, string>,
  ): FakeInteraction {
    const components = Object.entries(values).map(([name, value], index) => ({
      type: 18,
      id: index * 2 + 1,
      component: { type: 4, id: index * 2 + 2, custom_id: name, value },
    }));
    return this.dispatch(this.build.modalSubmit(actor, customId, components));
  }

  message(id: string): FakeMessage | undefined {
    return this.state.messages.get(id);
  }

  /** Messages posted in a channel (not interaction replies), oldest first. */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.state.messages.values()].filter(
      (message) => message.channel_id === channelId && !message.webhook_id,
    );
  }

  /** The interaction once it has been answered (callback received). */
  waitForCallback(
    interaction: FakeInteraction,
    timeoutMs = 5_000,
  ): Promise<NonNullable<FakeInteraction['callback']>> {
    return this.state.changes.waitFor(
      () => interaction.callback,
      `the answer to interaction ${interaction.id}`,
      timeoutMs,
    );
  }

  /** The message `@original` of an answered interaction, once `done` says it is final. */
  waitForOriginal(
    interaction: FakeInteraction,
    done: (message: FakeMessage) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<FakeMessage> {
    return this.state.changes.waitFor(
      () => {
        const message = interaction.originalMessageId
          ? this.message(interaction.originalMessageId)
          : undefined;
        return message && done(message) ? message : undefined;
      },
      `the reply to interaction ${interaction.id}`,
      timeoutMs,
    );
  }

  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    what: string,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    return this.state.changes.waitFor(() => this.state.requests.find(match), what, timeoutMs);
  }

  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
    return this.state.changes.waitFor(check, what, timeoutMs);
  }

  /** Waits until a client has identified (or resumed) and its socket is open. */
  waitForClient(timeoutMs = 5_000): Promise<true> {
    return this.state.changes.waitFor(
      () => (this.gateway.connected ? true : undefined),
      'a client on the gateway',
      timeoutMs,
    );
  }

  /** Answers the next `times` matching requests with 429 and `retry_after`, as Discord does. */
  rateLimit(rule: {
    method?: string;
    route: RegExp;
    retryAfterSeconds: number;
    global?: boolean;
    times?: number;
  }): void {
    this.state.rateLimits.push({
      ...(rule.method ? { method: rule.method } : {}),
      route: rule.route,
      retryAfterSeconds: rule.retryAfterSeconds,
      global: rule.global ?? false,
      remaining: rule.times ?? 1,
    });
  }

  /** Answers the next `times` matching requests with a server error (`status`, e.g. 500 or 502). */
  failNext(rule: { method?: string; route: RegExp; status: number; times?: number }): void {
    this.state.failures.push({
      ...(rule.method ? { method: rule.method } : {}),
      route: rule.route,
      status: rule.status,
      remaining: rule.times ?? 1,
    });
  }

  /**
   * Enforces Discord's rate limits from now on (`discordRateLimits` for Discord's own numbers),
   * or none with `undefined`: a global limit per second (429 with `global: true` and
   * `X-RateLimit-Global`) and a bucket for messages in each channel, with the `X-RateLimit-*`
   * headers Discord sends. `rateLimitsAnswered` counts the 429s.
   */
  enforceRateLimits(settings: FakeRateLimitSettings | undefined): void {
    this.state.limiter.set(settings);
  }

  get rateLimitsAnswered(): { global: number; route: number } {
    return { ...this.state.limiter.answered };
  }

  /** From now on the user takes no direct messages from the bot: Discord answers 403 50007. */
  refuseDirectMessages(userId: string): void {
    this.state.refusingDms.add(userId);
  }

  /** The bot's DM channel with a user, once it has been opened. */
  dmChannelOf(userId: string): string | undefined {
    return this.state.dmChannels.get(userId);
  }

  /** A guild's scheduled events (its Events tab), whatever their status, oldest first. */
  scheduledEvents(guildId: string): FakeScheduledEvent[] {
    return this.state.scheduledEvents.of(guildId);
  }

  /** Gives or takes the bot's Manage Events in a guild (see `FakeGuild.botManagesEvents`). */
  allowManageEvents(guildId: string, allowed: boolean): void {
    this.state.scheduledEvents.allowManageEvents(guildId, allowed);
  }

  /** Deletes a message as a moderator would. */
  deleteMessage(id: string): void {
    this.state.messages.delete(id);
    this.state.changes.notify();
  }

  commands(guildId?: string): readonly StoredCommand[] {
    return guildId ? (this.state.guildCommands.get(guildId) ?? []) : this.state.globalCommands;
  }

  /** Everything the fake refused, one line per problem, for `expect(fake.problems()).toEqual([])`. */
  problems(): string[] {
    return this.state.requests.flatMap((request) =>
      request.problems.map((problem) => `${request.method} ${request.route}: ${problem}`),
    );
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}

export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
