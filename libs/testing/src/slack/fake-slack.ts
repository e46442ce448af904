import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { methods, responseUrlAnswer, type Params, type SlackAnswer } from './fake-slack-methods';
import {
  createWorld,
  fileObject,
  type FakeSlackUser,
  type FakeSlackWorld,
  type MessageMetadata,
  type PostedMessage,
} from './fake-slack-state';
import { FakeSocketMode, SOCKET_MODE_PATH } from './fake-socket-mode';

/** One request the fake received: a Web API method, or `response_url` for webhook posts. */
export interface RecordedCall {
  method: string;
  path: string;
  params: Params;
  token?: string;
  contentType: string;
  /** What the fake answered. */
  status: number;
  answer: SlackAnswer;
}

/** What the next calls get instead of a normal answer. */
export type FakeFailure =
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'error'; error: string };

export interface FakeSlackOptions {
  /** Bot tokens that pass; any other gets `invalid_auth`. Default `xoxb-test-token`. */
  tokens?: readonly string[];
  /** App-level tokens for `apps.connections.open` (Socket Mode). Default `xapp-test-token`. */
  appTokens?: readonly string[];
  team?: FakeSlackWorld['team'];
  bot?: FakeSlackWorld['bot'];
  users?: readonly FakeSlackUser[];
  /** The bot token's scopes (`world.scopes`); by default those Glokal's manifest asks for. */
  scopes?: readonly string[];
  /** The workspace clock that stamps message `ts`; the real time unless given. */
  now?: () => Date;
  /**
   * Slack's posting limit: at most one `chat.postMessage` per channel in this many ms (real
   * time), later ones answered 429 with `Retry-After`. Off unless given; see `limitPosts`.
   */
  postsPerChannelEveryMs?: number;
}

export interface FakeSlack {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The Web API base for `slackApiUrl` / `SLACK_API_URL`, ending in `/api/`. */
  readonly apiUrl: string;
  readonly world: FakeSlackWorld;
  /** Socket Mode: the app connects here after `apps.connections.open`; push envelopes with `send`. */
  readonly socketMode: FakeSocketMode;
  readonly calls: readonly RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** A fresh `response_url` this fake accepts, shaped like Slack's hooks URLs. */
  responseUrl(kind?: 'commands' | 'actions'): string;
  /** The next `count` calls (of `method`, when given) fail this way. */
  failNext(count: number, failure: FakeFailure, options?: { method?: string }): void;
  /** Resolves when `count` calls of `method` (matching `where`) were received; rejects after `timeoutMs`. */
  waitForCall(
    method: string,
    options?: { count?: number; timeoutMs?: number; where?: (call: RecordedCall) => boolean },
  ): Promise<RecordedCall>;
  addUser(user: FakeSlackUser): void;
  /** A message a member wrote in a channel (not through the API), stamped by the workspace clock. */
  addMessage(message: {
    channel: string;
    user: string;
    text: string;
    metadata?: MessageMetadata;
  }): PostedMessage;
  /**
   * Turns Slack's posting limit on (one `chat.postMessage` per channel per `everyMs`, else 429
   * with `Retry-After` in whole seconds) or off (`undefined`); kept across `reset`.
   */
  limitPosts(everyMs: number | undefined): void;
  /**
   * A file `user` uploaded, as Slack describes it (what a `file_input` reports); its
   * `url_private` serves the text to requests bearing a bot token, as Slack's file server does.
   */
  addFile(file: {
    name: string;
    text: string;
    user: string;
    mimetype?: string;
  }): ReturnType<typeof fileObject>;
  addUsergroup(id: string, userIds: readonly string[]): void;
  removeChannel(channelId: string): void;
  /** Forgets recorded calls and pending failures (not the workspace). */
  reset(): void;
  close(): Promise<void>;
}

interface PendingFailure {
  remaining: number;
  failure: FakeFailure;
  method?: string;
}

async function readBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** An upload's bytes: the raw body, or the file part of a multipart form (what the SDK posts). */
async function uploadedBytes(body: Buffer, contentType: string): Promise<Buffer | undefined> {
  if (!contentType.startsWith('multipart/form-data')) return body;
  try {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    for (const value of form.values())
      if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
    return undefined;
  } catch {
    return undefined;
  }
}

function parseParams(raw: string, contentType: string, query: URLSearchParams): Params | undefined {
  const params: Params = Object.fromEntries(query.entries());
  if (raw.length === 0) return params;
  if (contentType.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      return { ...params, ...Object.fromEntries(Object.entries(parsed)) };
    } catch {
      return undefined;
    }
  }
  return { ...params, ...Object.fromEntries(new URLSearchParams(raw).entries()) };
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * A loopback Slack Web API and `response_url` endpoint. Speaks what Slack speaks: form or JSON
 * bodies, the token as `Authorization: Bearer` or a `token` parameter, HTTP 200 with
 * `ok:false` and Slack's error codes, HTTP 429 with `Retry-After`, and Block Kit limits
 * answered with `invalid_blocks`.
 */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const world = createWorld(options);
  const appTokens = new Set(options.appTokens ?? ['xapp-test-token']);
  const socketMode = new FakeSocketMode(world.bot.appId);
  let socketUrl = '';
  const calls: RecordedCall[] = [];
  const failures: PendingFailure[] = [];
  const issuedResponseUrls = new Set<string>();
  const recorded = new EventEmitter();
  recorded.setMaxListeners(0);
  let postsEveryMs = options.postsPerChannelEveryMs;
  /** Channel to when its last accepted post came (real ms), for the posting limit. */
  const lastPostAt = new Map<string, number>();

  /** Seconds until `channel` may take another post, or 0 when it may now. */
  function postingWait(params: Params | undefined): number {
    const channel = params?.['channel'];
    if (postsEveryMs === undefined || typeof channel !== 'string') return 0;
    const last = lastPostAt.get(channel);
    const waitMs = last === undefined ? 0 : last + postsEveryMs - Date.now();
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  function takeFailure(method: string): FakeFailure | undefined {
    const pending = failures.find((entry) => entry.method === undefined || entry.method === method);
    if (!pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) failures.splice(failures.indexOf(pending), 1);
    return pending.failure;
  }

  function answer(
    response: ServerResponse,
    status: number,
    body: SlackAnswer,
    headers: Record<string, string> = {},
  ) {
    const json = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(json);
  }

  function record(call: RecordedCall) {
    calls.push(call);
    recorded.emit('call', call);
  }

  /**
   * `url_private` and `url_private_download`: the file's bytes for a bot token; without one,
   * Slack's file server answers 200 with its sign-in page, which is how a missing header shows.
   */
  function download(request: IncomingMessage, response: ServerResponse, url: URL) {
    const token = bearer(request);
    const match = /^\/files-pri\/[A-Z0-9]+-([A-Z0-9]+)\//.exec(url.pathname);
    const file = match?.[1] ? world.files.get(match[1]) : undefined;
    const authorised = token !== undefined && world.tokens.has(token);
    record({
      method: 'file_download',
      path: url.pathname,
      params: {},
      contentType: '',
      ...(token ? { token } : {}),
      status: authorised && !file ? 404 : 200,
      answer: { ok: authorised && file !== undefined },
    });
    if (!authorised) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      return;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.mimetype });
    response.end(file.text);
  }

  /**
   * An upload URL from `files.getUploadURLExternal`: takes the bytes once, answering
   * `OK - <bytes>` as Slack's upload server does; an unknown or used URL gets 404.
   */
  async function upload(response: ServerResponse, url: URL, body: Buffer, contentType: string) {
    const pending = [...world.uploads.values()].find(
      (entry) => entry.path === url.pathname && entry.bytes === undefined,
    );
    const bytes = pending ? await uploadedBytes(body, contentType) : undefined;
    const ok = pending !== undefined && bytes !== undefined;
    if (pending && bytes) pending.bytes = bytes;
    record({
      method: 'file_upload',
      path: url.pathname,
      params: pending ? { file_id: pending.id, length: bytes?.length ?? 0 } : {},
      contentType,
      status: ok ? 200 : 404,
      answer: { ok },
    });
    response.writeHead(ok ? 200 : 404, { 'content-type': 'text/plain' });
    response.end(ok ? `OK - ${bytes.length}` : 'Not found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const contentType = request.headers['content-type'] ?? '';
    const bytes = await readBytes(request);
    if (url.pathname.startsWith('/files-pri/')) return download(request, response, url);
    if (url.pathname.startsWith('/upload/v1/')) return upload(response, url, bytes, contentType);
    const raw = bytes.toString('utf8');
    const isApi = url.pathname.startsWith('/api/');
    const method = isApi ? url.pathname.slice('/api/'.length) : 'response_url';
    const params = parseParams(raw, contentType, url.searchParams);
    const token =
      bearer(request) ?? (typeof params?.['token'] === 'string' ? params['token'] : undefined);
    const base = {
      method,
      path: url.pathname,
      params: params ?? {},
      contentType,
      ...(token ? { token } : {}),
    };

    const failure = takeFailure(method);
    if (failure) {
      if (failure.kind === 'rate-limited') {
        const body = { ok: false, error: 'ratelimited' };
        record({ ...base, status: 429, answer: body });
        return answer(response, 429, body, { 'retry-after': String(failure.retryAfterSeconds) });
      }
      if (failure.kind === 'http') {
        const body = { ok: false, error: 'fatal_error' };
        record({ ...base, status: failure.status, answer: body });
        return answer(response, failure.status, body);
      }
      const body = { ok: false, error: failure.error };
      record({ ...base, status: 200, answer: body });
      return answer(response, 200, body);
    }

    let status = 200;
    let body: SlackAnswer;
    if (!params) {
      body = { ok: false, error: 'invalid_json' };
    } else if (!isApi) {
      if (!issuedResponseUrls.has(url.pathname)) {
        status = 404;
        body = { ok: false, error: 'expired_url' };
      } else {
        body = responseUrlAnswer(params);
        if (!body.ok) status = 400;
      }
    } else {
      const implementation = methods[method];
      if (method === 'apps.connections.open') {
        if (!token) body = { ok: false, error: 'not_authed' };
        else if (world.tokens.has(token)) body = { ok: false, error: 'not_allowed_token_type' };
        else if (!appTokens.has(token)) body = { ok: false, error: 'invalid_auth' };
        else
          body = {
            ok: true,
            url: `${socketUrl}?ticket=${randomBytes(8).toString('hex')}&app_id=${world.bot.appId}`,
          };
      } else if (!implementation) body = { ok: false, error: 'unknown_method' };
      else if (!token) body = { ok: false, error: 'not_authed' };
      else if (!world.tokens.has(token)) body = { ok: false, error: 'invalid_auth' };
      else if (method === 'chat.postMessage' && postingWait(params) > 0) {
        body = { ok: false, error: 'ratelimited' };
        record({ ...base, status: 429, answer: body });
        return answer(response, 429, body, { 'retry-after': String(postingWait(params)) });
      } else {
        body = implementation(world, params);
        const channel = params['channel'];
        if (method === 'chat.postMessage' && body.ok && typeof channel === 'string')
          lastPostAt.set(channel, Date.now());
      }
    }
    record({ ...base, status, answer: body });
    answer(response, status, body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        answer(response, 500, { ok: false, error: 'fatal_error', detail: String(error) });
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!socketMode.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('fake Slack: no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  socketUrl = `ws://127.0.0.1:${address.port}${SOCKET_MODE_PATH}`;
  world.filesUrl = url;
  let files = 0;

  return {
    url,
    apiUrl: `${url}/api/`,
    world,
    socketMode,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    responseUrl(kind = 'commands') {
      const path = `/${kind}/${world.team.id}/${Math.floor(Math.random() * 1e12)}/${randomBytes(12).toString('hex')}`;
      issuedResponseUrls.add(path);
      return `${url}${path}`;
    },
    failNext(count, failure, options = {}) {
      failures.push({
        remaining: count,
        failure,
        ...(options.method ? { method: options.method } : {}),
      });
    },
    waitForCall(method, { count = 1, timeoutMs = 5000, where = () => true } = {}) {
      const matching = () => calls.filter((call) => call.method === method && where(call));
      return new Promise<RecordedCall>((resolve, reject) => {
        const check = () => {
          const found = matching();
          const call = found[count - 1];
          if (!call) return false;
          clearTimeout(timer);
          recorded.off('call', check);
          resolve(call);
          return true;
        };
        const timer = setTimeout(() => {
          recorded.off('call', check);
          const seen = calls.map((call) => call.method).join(', ') || 'none';
          reject(
            new Error(
              `fake Slack: expected ${count} call(s) of ${method} within ${timeoutMs} ms; calls seen: ${seen}`,
            ),
          );
        }, timeoutMs);
        if (!check()) recorded.on('call', check);
      });
    },
    addUser: (user) => void world.users.set(user.id, user),
    addMessage(message) {
      const posted: PostedMessage = { ...message, ts: world.nextTs() };
      world.messages.push(posted);
      return posted;
    },
    limitPosts(everyMs) {
      postsEveryMs = everyMs;
      lastPostAt.clear();
    },
    addFile(file) {
      files += 1;
      const stored = {
        id: `F${String(files).padStart(9, '0')}`,
        name: file.name,
        text: file.text,
        user: file.user,
        mimetype: file.mimetype ?? 'text/plain',
      };
      world.files.set(stored.id, stored);
      return fileObject(world, stored);
    },
    addUsergroup: (id, userIds) => void world.usergroups.set(id, [...userIds]),
    removeChannel: (channelId) => void world.missingChannels.add(channelId),
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        socketMode.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
