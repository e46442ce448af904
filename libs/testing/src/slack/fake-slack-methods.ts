import { randomBytes } from 'node:crypto';
import { blockKitProblems, blockKitLimits, modalProblems, type Surface } from './block-kit-limits';
import {
  channelExists,
  fileObject,
  microsOf,
  userObject,
  type FakeSlackWorld,
  type MessageMetadata,
  type PostedMessage,
} from './fake-slack-state';

/** Parameters of one Web API call, as strings (form) or JSON values (JSON body). */
export type Params = Record<string, unknown>;
export type SlackAnswer = Record<string, unknown> & { ok: boolean };

const fail = (error: string, messages?: string[]): SlackAnswer => ({
  ok: false,
  error,
  ...(messages ? { response_metadata: { messages } } : {}),
});

function text(params: Params, name: string): string | undefined {
  const value = params[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function flag(params: Params, name: string): boolean {
  const value = params[name];
  return value === true || value === 'true' || value === '1' || value === 1;
}

/** Form bodies carry JSON as strings (`blocks=[…]`); JSON bodies carry it as values. */
export function jsonParam(
  params: Params,
  name: string,
): { ok: true; value: unknown } | { ok: false } {
  const value = params[name];
  if (typeof value !== 'string') return { ok: true, value };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

function checkBlocks(params: Params, surface: Surface): SlackAnswer | { blocks: unknown } {
  const parsed = jsonParam(params, 'blocks');
  if (!parsed.ok) return fail('invalid_blocks_format');
  if (parsed.value === undefined) return { blocks: undefined };
  const problems = blockKitProblems(parsed.value, surface);
  if (problems.length > 0)
    return {
      ok: false,
      error: 'invalid_blocks',
      errors: problems,
      response_metadata: { messages: problems },
    };
  return { blocks: parsed.value };
}

function messageContent(params: Params): SlackAnswer | { text?: string; blocks: unknown } {
  const checked = checkBlocks(params, 'message');
  if ('ok' in checked) return checked;
  const body = text(params, 'text');
  if (
    (body === undefined || body === '') &&
    checked.blocks === undefined &&
    params['attachments'] === undefined
  ) {
    return fail('no_text');
  }
  if (body !== undefined && body.length > blockKitLimits.messageText) return fail('msg_too_long');
  return body === undefined ? { blocks: checked.blocks } : { text: body, blocks: checked.blocks };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `metadata` of chat.postMessage: an `event_type` and an object `event_payload`, else Slack's error. */
function messageMetadata(params: Params): SlackAnswer | { metadata?: MessageMetadata } {
  const parsed = jsonParam(params, 'metadata');
  if (!parsed.ok) return fail('invalid_metadata_format');
  if (parsed.value === undefined) return {};
  if (!isRecord(parsed.value)) return fail('invalid_metadata_format');
  const { event_type: eventType, event_payload: payload } = parsed.value;
  if (typeof eventType !== 'string' || eventType === '' || !isRecord(payload))
    return fail('invalid_metadata_schema');
  return { metadata: { event_type: eventType, event_payload: payload } };
}

/** A message as Slack lists it; its metadata only when the caller asked for it. */
function messageObject(world: FakeSlackWorld, message: PostedMessage, withMetadata: boolean) {
  const { channel: _channel, user, edited, metadata, ...content } = message;
  return {
    type: 'message',
    ...(user === undefined
      ? { user: world.bot.userId, bot_id: world.bot.botId, app_id: world.bot.appId }
      : { user }),
    team: world.team.id,
    ...content,
    ...(edited ? { edited: { user: user ?? world.bot.userId, ts: message.ts } } : {}),
    ...(withMetadata && metadata ? { metadata } : {}),
  };
}

function postMessage(world: FakeSlackWorld, params: Params): SlackAnswer {
  const channel = text(params, 'channel');
  if (!channel) return fail('channel_not_found');
  if (!channelExists(world, channel)) return fail('channel_not_found');
  const content = messageContent(params);
  if ('ok' in content) return content;
  const metadata = messageMetadata(params);
  if ('ok' in metadata) return metadata;
  const ts = world.nextTs();
  const posted: PostedMessage = { channel, ts, ...content, ...metadata };
  world.messages.push(posted);
  return {
    ok: true,
    channel,
    ts,
    message: { ...messageObject(world, posted, true), subtype: 'bot_message' },
  };
}

/** Slack's cursors are opaque; this one names the newest message of the next page. */
const historyCursor = (ts: string) => Buffer.from(`next_ts:${ts}`).toString('base64');

function cursorMicros(cursor: string): number | undefined {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  return decoded.startsWith('next_ts:') ? microsOf(decoded.slice('next_ts:'.length)) : undefined;
}

/**
 * `conversations.history`: the channel's messages between `oldest` and `latest` (exclusive
 * unless `inclusive`), newest first, `limit` a page (default 100, at most 999), `has_more` and
 * `response_metadata.next_cursor` for the next page; metadata only with `include_all_metadata`.
 */
function conversationsHistory(world: FakeSlackWorld, params: Params): SlackAnswer {
  const channel = text(params, 'channel');
  if (!channel || !channelExists(world, channel)) return fail('channel_not_found');
  const oldest = microsOf(text(params, 'oldest') ?? '0');
  if (oldest === undefined) return fail('invalid_ts_oldest');
  const latestParam = text(params, 'latest');
  const latest = latestParam === undefined ? Number.POSITIVE_INFINITY : microsOf(latestParam);
  if (latest === undefined) return fail('invalid_ts_latest');
  const limitParam = text(params, 'limit');
  const limit = limitParam === undefined ? 100 : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 0) return fail('invalid_limit');
  const cursor = text(params, 'cursor');
  const from = cursor ? cursorMicros(cursor) : Number.POSITIVE_INFINITY;
  if (from === undefined) return fail('invalid_cursor');
  const inclusive = flag(params, 'inclusive');
  const inRange = (at: number) =>
    inclusive ? at >= oldest && at <= latest : at > oldest && at < latest;
  const matching = world.messages
    .map((message) => ({ message, at: microsOf(message.ts) ?? 0 }))
    .filter(({ message, at }) => message.channel === channel && inRange(at) && at <= from)
    .sort((a, b) => b.at - a.at);
  const page = matching.slice(0, Math.min(limit === 0 ? 100 : limit, 999));
  const next = matching[page.length];
  const withMetadata = flag(params, 'include_all_metadata');
  return {
    ok: true,
    messages: page.map(({ message }) => messageObject(world, message, withMetadata)),
    has_more: next !== undefined,
    pin_count: 0,
    channel_actions_ts: null,
    channel_actions_count: 0,
    ...(next ? { response_metadata: { next_cursor: historyCursor(next.message.ts) } } : {}),
  };
}

function postEphemeral(world: FakeSlackWorld, params: Params): SlackAnswer {
  const channel = text(params, 'channel');
  const user = text(params, 'user');
  if (!channel || !channelExists(world, channel)) return fail('channel_not_found');
  if (!user || !world.users.has(user)) return fail('user_not_in_channel');
  const content = messageContent(params);
  if ('ok' in content) return content;
  return { ok: true, message_ts: world.nextTs() };
}

function update(world: FakeSlackWorld, params: Params): SlackAnswer {
  const channel = text(params, 'channel');
  const ts = text(params, 'ts');
  if (!channel || !channelExists(world, channel)) return fail('channel_not_found');
  const message = world.messages.find((posted) => posted.channel === channel && posted.ts === ts);
  if (!message) return fail('message_not_found');
  const content = messageContent(params);
  if ('ok' in content) return content;
  if (content.text === undefined) delete message.text;
  else message.text = content.text;
  message.blocks = content.blocks;
  message.edited = true;
  return {
    ok: true,
    channel,
    ts: message.ts,
    text: content.text ?? '',
    message: { ...content, ts: message.ts },
  };
}

function checkView(
  params: Params,
  surface: 'modal' | 'home',
): SlackAnswer | { view: Record<string, unknown> } {
  const parsed = jsonParam(params, 'view');
  if (
    !parsed.ok ||
    typeof parsed.value !== 'object' ||
    parsed.value === null ||
    Array.isArray(parsed.value)
  ) {
    return fail('invalid_arguments', ['[ERROR] missing required field: view']);
  }
  const view = Object.fromEntries(Object.entries(parsed.value));
  if (view['type'] !== surface)
    return fail('invalid_arguments', [`[ERROR] must be ${surface} [json-pointer:/view/type]`]);
  const problems =
    surface === 'modal'
      ? modalProblems(view)
      : blockKitProblems(view['blocks'], surface).map((problem) =>
          problem.replace('json-pointer:/blocks', 'json-pointer:/view/blocks'),
        );
  if (problems.length > 0)
    return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } };
  return { view };
}

function viewAnswer(world: FakeSlackWorld, id: string, view: Record<string, unknown>): SlackAnswer {
  return {
    ok: true,
    view: {
      id,
      team_id: world.team.id,
      app_id: world.bot.appId,
      bot_id: world.bot.botId,
      state: { values: {} },
      hash: `${Date.now() / 1000}.${id}`,
      private_metadata: '',
      callback_id: '',
      external_id: '',
      ...view,
    },
  };
}

function publish(world: FakeSlackWorld, params: Params): SlackAnswer {
  const userId = text(params, 'user_id');
  if (!userId || !world.users.has(userId)) return fail('invalid_arguments', ['invalid `user_id`']);
  const checked = checkView(params, 'home');
  if ('ok' in checked) return checked;
  const id = world.homes.get(userId)?.id ?? world.nextViewId();
  world.homes.set(userId, { id, userId, view: checked.view });
  return viewAnswer(world, id, checked.view);
}

function open(world: FakeSlackWorld, params: Params): SlackAnswer {
  const trigger = text(params, 'trigger_id');
  if (!trigger) return fail('invalid_arguments', ['invalid `trigger_id`']);
  const checked = checkView(params, 'modal');
  if ('ok' in checked) return checked;
  const id = world.nextViewId();
  world.modals.push({ id, userId: '', view: checked.view });
  return viewAnswer(world, id, checked.view);
}

/** The app's direct message with one member (`users` naming several would be a group DM). */
function conversationsOpen(world: FakeSlackWorld, params: Params): SlackAnswer {
  const users = text(params, 'users')?.split(',') ?? [];
  const [user] = users;
  if (!user || users.length !== 1) return fail('users_list_not_supplied');
  if (!world.users.has(user)) return fail('user_not_found');
  const id = world.directChannels.get(user) ?? `D${user.replace(/^[UW]/, '')}`;
  const created = !world.directChannels.has(user);
  world.directChannels.set(user, id);
  return { ok: true, ...(created ? {} : { already_open: true }), channel: { id } };
}

function filesInfo(world: FakeSlackWorld, params: Params): SlackAnswer {
  const id = text(params, 'file');
  const file = id ? world.files.get(id) : undefined;
  if (!file) return fail('file_not_found');
  return {
    ok: true,
    file: fileObject(world, file),
    comments: [],
    response_metadata: { next_cursor: '' },
  };
}

/**
 * `files.getUploadURLExternal`: step one of an upload (what `files.uploadV2` calls): a file
 * name and the byte length to come, answered with the URL to post the bytes to and the id.
 */
function getUploadUrlExternal(world: FakeSlackWorld, params: Params): SlackAnswer {
  const filename = text(params, 'filename');
  const length = Number(text(params, 'length'));
  if (!filename) return fail('invalid_arguments', ['[ERROR] missing required field: filename']);
  if (!Number.isInteger(length) || length < 1)
    return fail('invalid_arguments', ['[ERROR] missing required field: length']);
  const id = `F${String(world.uploads.size + world.files.size + 1).padStart(9, '0')}U`;
  const path = `/upload/v1/${randomBytes(16).toString('base64url')}`;
  world.uploads.set(id, { id, filename, length, path });
  return { ok: true, upload_url: `${world.filesUrl}${path}`, file_id: id };
}

const mimetypes: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
};

/**
 * `files.completeUploadExternal`: the last step; every file listed must have had its bytes
 * posted; shares them in `channel_id` (when given) with `initial_comment`.
 */
function completeUploadExternal(world: FakeSlackWorld, params: Params): SlackAnswer {
  const parsed = jsonParam(params, 'files');
  if (!parsed.ok || !Array.isArray(parsed.value) || parsed.value.length === 0)
    return fail('invalid_arguments', ['[ERROR] missing required field: files']);
  const listed: { id: string; title?: string }[] = [];
  for (const entry of parsed.value as unknown[]) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string') return fail('invalid_arguments');
    listed.push({
      id: entry['id'],
      ...(typeof entry['title'] === 'string' ? { title: entry['title'] } : {}),
    });
  }
  const channel = text(params, 'channel_id');
  if (channel !== undefined && !channelExists(world, channel)) return fail('channel_not_found');
  const uploads = listed.map((entry) => world.uploads.get(entry.id));
  if (uploads.some((upload) => upload?.bytes === undefined)) return fail('file_not_found');
  const comment = text(params, 'initial_comment');
  const files = listed.map((entry, index) => {
    const upload = uploads[index];
    if (!upload?.bytes) throw new Error('checked above');
    world.uploads.delete(upload.id);
    const extension = upload.filename.split('.').pop()?.toLowerCase() ?? '';
    const file = {
      id: upload.id,
      name: upload.filename,
      mimetype: mimetypes[extension] ?? 'application/octet-stream',
      user: world.bot.userId,
      text: upload.bytes.toString('utf8'),
      title: entry.title ?? upload.filename,
      ...(channel ? { channel } : {}),
      ...(comment ? { initialComment: comment } : {}),
    };
    world.files.set(file.id, file);
    return { id: file.id, title: file.title };
  });
  return { ok: true, files };
}

function usersInfo(world: FakeSlackWorld, params: Params): SlackAnswer {
  const id = text(params, 'user');
  const user = id ? world.users.get(id) : undefined;
  if (!user) return fail('user_not_found');
  return { ok: true, user: userObject(world, user, flag(params, 'include_locale')) };
}

function authTest(world: FakeSlackWorld): SlackAnswer {
  return {
    ok: true,
    url: `https://${world.team.domain}.slack.com/`,
    team: world.team.name,
    user: 'glokal',
    team_id: world.team.id,
    user_id: world.bot.userId,
    bot_id: world.bot.botId,
    is_enterprise_install: false,
  };
}

function usergroupUsers(world: FakeSlackWorld, params: Params): SlackAnswer {
  const group = text(params, 'usergroup');
  const users = group ? world.usergroups.get(group) : undefined;
  if (!users) return fail('no_such_subteam');
  return { ok: true, users };
}

export const methods: Record<string, (world: FakeSlackWorld, params: Params) => SlackAnswer> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'usergroups.users.list': usergroupUsers,
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
  'conversations.history': conversationsHistory,
  'conversations.open': conversationsOpen,
  'files.info': filesInfo,
  'files.getUploadURLExternal': getUploadUrlExternal,
  'files.completeUploadExternal': completeUploadExternal,
  'views.open': open,
  'views.publish': publish,
};

/** A `response_url` post: replace, delete, or a new ephemeral/in-channel message. */
export function responseUrlAnswer(params: Params): SlackAnswer {
  if (flag(params, 'delete_original')) return { ok: true };
  const content = messageContent(params);
  if ('ok' in content) return content;
  return { ok: true };
}
