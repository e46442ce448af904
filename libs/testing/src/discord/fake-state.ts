import type { z } from 'zod';
import type { MessagePayload } from './validate-message';
import type { CommandPayload } from './validate-commands';
import type { FakeGuild } from './fake-guild';
import { Changes } from './wait-for';
import { snowflakes } from './snowflake';
import { FakeRateLimiter } from './fake-rate-limits';
import { FakeScheduledEvents } from './scheduled-events';

export type FakeEmbed = NonNullable<z.infer<typeof MessagePayload>['embeds']>[number];
export type FakeActionRow = NonNullable<z.infer<typeof MessagePayload>['components']>[number];

/** One REST request as the fake received it (the token itself is never kept). */
export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, e.g. `/interactions/123/abc/callback`. */
  route: string;
  query: Record<string, string>;
  body: unknown;
  /** Whether it carried the bot's `Authorization: Bot <token>`. */
  authorized: boolean;
  status: number;
  /** `performance.now()` when it arrived. */
  at: number;
  /** What the fake refused in it (empty when accepted). */
  problems: string[];
}

/** A message as the fake keeps it and returns it, shaped like Discord's message object. */
export interface FakeMessage {
  id: string;
  type: number;
  channel_id: string;
  guild_id?: string;
  author: {
    id: string;
    username: string;
    global_name: string | null;
    discriminator: string;
    avatar: null;
    bot: true;
  };
  content: string;
  embeds: FakeEmbed[];
  components: FakeActionRow[];
  flags: number;
  timestamp: string;
  edited_timestamp: string | null;
  mentions: [];
  mention_roles: [];
  mention_everyone: false;
  /** Files sent with the message, as Discord's attachment objects. */
  attachments: Record<string, unknown>[];
  pinned: false;
  tts: false;
  webhook_id?: string;
  application_id?: string;
  /** What the sender asked for; Discord does not echo it, the fake keeps it for the tests. */
  allowed_mentions?: unknown;
}

export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: Record<string, unknown>;
  dispatchedAt: number;
  callback?: { type: number; data: unknown; at: number };
  /** The message `@original` means: the reply (after 4/5) or the component's message (after 6/7). */
  originalMessageId?: string;
  /** For a component interaction: the message the button sits on. */
  componentMessageId?: string;
}

export interface RateLimitRule {
  method?: string;
  route: RegExp;
  retryAfterSeconds: number;
  global: boolean;
  remaining: number;
}

export interface FailureRule {
  method?: string;
  route: RegExp;
  status: number;
  remaining: number;
}

export interface StoredCommand extends CommandPayload {
  id: string;
  application_id: string;
  version: string;
  guild_id?: string;
}

export const ephemeralFlag = 64;

/** Everything the fake remembers; REST routes and the gateway both work on it. */
export class FakeState {
  readonly changes = new Changes();
  readonly nextId = snowflakes();
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly globalCommands: StoredCommand[] = [];
  readonly guildCommands = new Map<string, StoredCommand[]>();
  readonly rateLimits: RateLimitRule[] = [];
  /** Armed server errors (5xx) for the next matching requests. */
  readonly failures: FailureRule[] = [];
  /** Discord's own limits (global and per channel), enforced only when set. */
  readonly limiter = new FakeRateLimiter();
  /**
   * Nonces of created messages, by channel and nonce: with `enforce_nonce` Discord returns the
   * message created with the same nonce in the last few minutes instead of creating another.
   */
  readonly nonces = new Map<string, { messageId: string; at: number }>();
  /** Users who do not take direct messages from the bot (Discord answers 50007). */
  readonly refusingDms = new Set<string>();
  /** The guilds' scheduled events, and where the bot may not manage them. */
  readonly scheduledEvents = new FakeScheduledEvents();
  gatewayUrl = '';
  /** Where the fake serves files attached to interactions (Discord's CDN). */
  cdnUrl = '';
  /** Files attached to slash commands, by attachment id. */
  readonly attachments = new Map<string, { filename: string; text: string; contentType: string }>();

  /** What `GET /gateway/bot` recommends as the shard count. */
  recommendedShards = 1;

  constructor(
    readonly token: string,
    readonly applicationId: string,
    readonly botUser: { id: string; username: string },
    readonly guilds: readonly FakeGuild[],
    readonly interactionDeadlineMs: number,
    /** How long `enforce_nonce` finds an earlier message (Discord: "the past few minutes"). */
    readonly nonceWindowMs: number,
  ) {}

  record(request: RecordedRequest): void {
    this.requests.push(request);
    this.changes.notify();
  }

  /** The bot's direct-message channels, by the user they are with (`POST /users/@me/channels`). */
  readonly dmChannels = new Map<string, string>();

  /** The DM channel with a user, opened the first time (Discord answers the same one again). */
  openDm(userId: string): string {
    const known = this.dmChannels.get(userId);
    if (known) return known;
    const id = this.nextId();
    this.dmChannels.set(userId, id);
    return id;
  }

  /** The user a DM channel is with, if `channelId` is one. */
  dmRecipient(channelId: string): string | undefined {
    for (const [userId, dmChannelId] of this.dmChannels)
      if (dmChannelId === channelId) return userId;
    return undefined;
  }

  channel(channelId: string): { guildId: string } | undefined {
    if (this.dmRecipient(channelId) !== undefined) return { guildId: '' };
    for (const guild of this.guilds) {
      if (guild.channels.some((channel) => channel.id === channelId)) return { guildId: guild.id };
    }
    return undefined;
  }

  author(): FakeMessage['author'] {
    return {
      id: this.botUser.id,
      username: this.botUser.username,
      global_name: null,
      discriminator: '0',
      avatar: null,
      bot: true,
    };
  }

  createMessage(
    channelId: string,
    body: z.infer<typeof MessagePayload>,
    extra: Partial<FakeMessage> = {},
  ): FakeMessage {
    const guildId = this.channel(channelId)?.guildId;
    const message: FakeMessage = {
      id: this.nextId(),
      type: 0,
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
      author: this.author(),
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      flags: body.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      attachments: [],
      pinned: false,
      tts: false,
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions } : {}),
      ...extra,
    };
    this.messages.set(message.id, message);
    this.changes.notify();
    return message;
  }

  /** The message created in `channelId` with `nonce` within the nonce window, if any. */
  recentNonce(channelId: string, nonce: string): { messageId: string } | undefined {
    const known = this.nonces.get(`${channelId} ${nonce}`);
    return known && Date.now() - known.at < this.nonceWindowMs ? known : undefined;
  }

  rememberNonce(channelId: string, nonce: string, messageId: string): void {
    this.nonces.set(`${channelId} ${nonce}`, { messageId, at: Date.now() });
  }

  editMessage(id: string, body: z.infer<typeof MessagePayload>): FakeMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    if (body.content !== undefined) message.content = body.content ?? '';
    if (body.embeds !== undefined) message.embeds = body.embeds ?? [];
    if (body.components !== undefined) message.components = body.components ?? [];
    if (body.allowed_mentions !== undefined) message.allowed_mentions = body.allowed_mentions;
    message.edited_timestamp = new Date().toISOString();
    this.changes.notify();
    return message;
  }

  /** Keeps a file attached to an interaction and returns it as Discord's attachment object. */
  attach(
    channelId: string,
    file: { filename: string; text: string; contentType?: string },
  ): Record<string, unknown> {
    const id = this.nextId();
    const contentType = file.contentType ?? 'text/csv; charset=utf-8';
    this.attachments.set(id, { filename: file.filename, text: file.text, contentType });
    const url = `${this.cdnUrl}/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
    return {
      id,
      filename: file.filename,
      size: Buffer.byteLength(file.text, 'utf8'),
      url,
      proxy_url: url,
      content_type: contentType,
      ephemeral: true,
    };
  }

  interactionByToken(token: string): FakeInteraction | undefined {
    for (const interaction of this.interactions.values())
      if (interaction.token === token) return interaction;
    return undefined;
  }

  /** The armed failure that answers this request, if one is. */
  takeFailure(method: string, route: string): FailureRule | undefined {
    const rule = this.failures.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method === method) &&
        candidate.route.test(route),
    );
    if (rule) rule.remaining -= 1;
    return rule;
  }

  /** The rate-limit rule that answers this request with 429, if one is armed. */
  takeRateLimit(method: string, route: string): RateLimitRule | undefined {
    const rule = this.rateLimits.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method === method) &&
        candidate.route.test(route),
    );
    if (rule) rule.remaining -= 1;
    return rule;
  }
}

/** A file sent with a message as a multipart part (`files[n]`). */
export interface UploadedFile {
  filename: string;
  text: string;
  contentType?: string;
}
