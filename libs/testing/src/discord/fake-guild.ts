/** A guild as the fake knows it: enough for discord.js to cache it and its channels. */
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  channels: { id: string; name: string }[];
  roles: { id: string; name: string; permissions: bigint }[];
  /** Whether the bot holds Manage Events here (default true); without it Discord answers 403 50013. */
  botManagesEvents?: boolean;
}

/** Permission bits used by the fake and the tests (discord-api-types `PermissionFlagsBits`). */
export const permissionBits = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  readMessageHistory: 1n << 16n,
  useApplicationCommands: 1n << 31n,
  manageEvents: 1n << 33n,
  administrator: 1n << 3n,
} as const;

/** What an ordinary member may do in a channel. */
export const memberPermissions =
  permissionBits.viewChannel |
  permissionBits.sendMessages |
  permissionBits.embedLinks |
  permissionBits.readMessageHistory |
  permissionBits.useApplicationCommands;

/** The GUILD_CREATE payload of a guild, shaped like Discord's. */
export function guildCreatePayload(guild: FakeGuild, joinedAt: string): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale,
    features: [],
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    vanity_url_code: null,
    max_members: 500_000,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    roles: guild.roles.map((role, position) => ({
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: role.permissions.toString(),
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    channels: guild.channels.map((channel, position) => ({
      id: channel.id,
      type: 0,
      guild_id: guild.id,
      name: channel.name,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    })),
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
