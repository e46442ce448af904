/** What the fake Slack workspace holds: its team, bot, members, channels and what was posted. */

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  /** IETF tag as Slack reports it with `include_locale`, e.g. `pl-PL`, `en-US`. */
  locale?: string;
  /** IANA zone, e.g. `Europe/Warsaw`. */
  tz?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  isBot?: boolean;
  /** The profile's e-mail: `users.info` gives it only to a token with `users:read.email`. */
  email?: string;
}

/** Message metadata as Slack keeps it: an app's event type and its free-form payload. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  /** Who posted it: absent for the app's bot, a member's id for what a member wrote. */
  user?: string;
  text?: string;
  blocks?: unknown;
  metadata?: MessageMetadata;
  /** Set when the message was changed with `chat.update`. */
  edited?: boolean;
}

/** A file a member uploaded (through a modal's `file_input`, say). */
export interface FakeFile {
  id: string;
  name: string;
  mimetype: string;
  /** Who uploaded it. */
  user: string;
  text: string;
  /** Set for a file the app uploaded: its title and where it was shared, with the comment. */
  title?: string;
  channel?: string;
  initialComment?: string;
}

/**
 * A file the app is uploading (`files.getUploadURLExternal`): the name and byte length it
 * declared, and its bytes once posted to the upload URL; `files.completeUploadExternal`
 * turns it into a file.
 */
export interface PendingUpload {
  id: string;
  filename: string;
  length: number;
  /** The upload URL's path, e.g. `/upload/v1/Ab12…`. */
  path: string;
  bytes?: Buffer;
}

export interface PublishedView {
  id: string;
  userId: string;
  view: Record<string, unknown>;
}

export interface FakeSlackWorld {
  team: { id: string; name: string; domain: string };
  bot: { userId: string; botId: string; appId: string };
  tokens: Set<string>;
  /** The bot token's scopes (change them to see what a workspace that granted fewer gives). */
  scopes: Set<string>;
  users: Map<string, FakeSlackUser>;
  /** User group id (`S…`) to member ids. */
  usergroups: Map<string, string[]>;
  /** Channels that do not exist (every other `C…`, `G…`, `D…` id does). */
  missingChannels: Set<string>;
  messages: PostedMessage[];
  homes: Map<string, PublishedView>;
  modals: PublishedView[];
  /** Member id to the id of the app's direct message with them (`conversations.open`). */
  directChannels: Map<string, string>;
  files: Map<string, FakeFile>;
  /** Uploads begun with `files.getUploadURLExternal`, by file id, until completed. */
  uploads: Map<string, PendingUpload>;
  /** Where files are downloaded from (`url_private`), set once the fake listens. */
  filesUrl: string;
  /** A new message's `ts`: the workspace clock's seconds and microseconds, always increasing. */
  nextTs(): string;
  nextViewId(): string;
}

/** The bot scopes Glokal's Slack manifest asks for (a workspace that installed it grants these). */
export const glokalBotScopes: readonly string[] = [
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
];

export function createWorld(options: {
  tokens?: readonly string[];
  team?: FakeSlackWorld['team'];
  bot?: FakeSlackWorld['bot'];
  users?: readonly FakeSlackUser[];
  /** The bot token's scopes; by default those Glokal's manifest asks for. */
  scopes?: readonly string[];
  /** The workspace clock that stamps messages; the real time unless given. */
  now?: () => Date;
}): FakeSlackWorld {
  const now = options.now ?? (() => new Date());
  let lastMicros = 0;
  let views = 0;
  return {
    team: options.team ?? { id: 'T0GLOKAL1', name: 'Klaster Edukacyjny', domain: 'klaster' },
    bot: options.bot ?? { userId: 'U0GLOKALBOT', botId: 'B0GLOKAL1', appId: 'A0GLOKAL1' },
    tokens: new Set(options.tokens ?? ['xoxb-test-token']),
    scopes: new Set(options.scopes ?? glokalBotScopes),
    users: new Map((options.users ?? []).map((user) => [user.id, user])),
    usergroups: new Map(),
    missingChannels: new Set(),
    messages: [],
    homes: new Map(),
    modals: [],
    directChannels: new Map(),
    files: new Map(),
    uploads: new Map(),
    filesUrl: '',
    nextTs: () => {
      // Slack's ts is unique in a channel; a frozen clock still gets distinct, ordered ones.
      lastMicros = Math.max(now().getTime() * 1000, lastMicros + 1);
      return tsOf(lastMicros);
    },
    nextViewId: () => {
      views += 1;
      return `V${String(views).padStart(9, '0')}`;
    },
  };
}

/** `1781251200.000100` from microseconds since the epoch. */
export function tsOf(micros: number): string {
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/** Microseconds since the epoch from a Slack ts (`1781251200.000100`, `1781251200`), or undefined. */
export function microsOf(ts: string): number | undefined {
  const match = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(ts);
  if (!match) return undefined;
  return Number(match[1]) * 1_000_000 + Number((match[2] ?? '').padEnd(6, '0'));
}

export function channelExists(world: FakeSlackWorld, channel: string): boolean {
  return /^[CGD][A-Z0-9]{2,}$/.test(channel) && !world.missingChannels.has(channel);
}

/**
 * A user as `users.info` returns it: `locale` only with `include_locale`, `profile.email` only
 * when the token has `users:read.email` (and the member has one; bots have none).
 */
export function userObject(world: FakeSlackWorld, user: FakeSlackUser, includeLocale: boolean) {
  const tz = user.tz ?? 'Europe/Warsaw';
  return {
    id: user.id,
    team_id: world.team.id,
    name: user.name,
    deleted: false,
    real_name: user.realName ?? user.name,
    tz,
    tz_label: tz,
    tz_offset: 0,
    is_admin: user.isAdmin ?? false,
    is_owner: user.isOwner ?? false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.isBot ?? false,
    is_app_user: false,
    profile: {
      real_name: user.realName ?? user.name,
      display_name: user.name,
      team: world.team.id,
      ...(user.email && !user.isBot && world.scopes.has('users:read.email')
        ? { email: user.email }
        : {}),
    },
    ...(includeLocale ? { locale: user.locale ?? 'en-US' } : {}),
  };
}

/** A file as Slack describes it (`files.info`, a `file_input`'s state). */
export function fileObject(world: FakeSlackWorld, file: FakeFile) {
  const base = `${world.filesUrl}/files-pri/${world.team.id}-${file.id}`;
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? 'text') : 'text';
  return {
    id: file.id,
    created: 1_700_000_000,
    timestamp: 1_700_000_000,
    name: file.name,
    title: file.name,
    mimetype: file.mimetype,
    filetype: extension,
    pretty_type: extension.toUpperCase(),
    user: file.user,
    user_team: world.team.id,
    size: Buffer.byteLength(file.text),
    mode: 'hosted',
    is_external: false,
    is_public: false,
    url_private: `${base}/${encodeURIComponent(file.name)}`,
    url_private_download: `${base}/download/${encodeURIComponent(file.name)}`,
    permalink: `https://${world.team.domain}.slack.com/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`,
  };
}
