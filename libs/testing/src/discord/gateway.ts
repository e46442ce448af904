import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { z } from 'zod';
import type { FakeState } from './fake-state';
import { guildCreatePayload } from './fake-guild';

/** A gateway frame as Discord sends and receives it (JSON encoding). */
export interface GatewayFrame {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

interface Session {
  id: string;
  /** `[shard id, shard count]` as the client identified. */
  shard: [number, number];
  sequence: number;
  /** Dispatches kept for RESUME, oldest first. */
  log: GatewayFrame[];
  socket?: WebSocket;
}

const Incoming = z.object({ op: z.number().int(), d: z.unknown() });
const Identify = z.object({
  token: z.string(),
  intents: z.number().int().nonnegative(),
  properties: z.object({ os: z.string(), browser: z.string(), device: z.string() }),
  compress: z.boolean().optional(),
  large_threshold: z.number().int().optional(),
  shard: z.tuple([z.number().int(), z.number().int()]).optional(),
});
const Resume = z.object({
  token: z.string(),
  session_id: z.string(),
  seq: z.number().int().nullable(),
});

const logSize = 5_000;

/** The shard a guild's events go to: Discord's `(guild_id >> 22) % num_shards`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE per guild, heartbeats and ACKs,
 * dispatches with sequence numbers, and RESUME (replaying what the client missed) after the
 * fake drops the socket. Speaks uncompressed JSON, API v10, as the client asks by query string.
 * Sharded as Discord is: each IDENTIFY names `[shard id, count]`, its session gets only the
 * guilds of that shard and their dispatches (DMs go to shard 0), an invalid shard is closed
 * with 4010, and a session that would hold more guilds than `guildsPerShard` with 4011
 * ("Sharding required").
 */
export class FakeGateway {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  /** The live session of each shard id. */
  readonly #shards = new Map<number, Session>();
  /** What each IDENTIFY carried, without the token. */
  readonly identifies: Omit<z.infer<typeof Identify>, 'token'>[] = [];
  resumes = 0;
  connections = 0;
  /** Heartbeats received (each answered with a HEARTBEAT_ACK). */
  heartbeats = 0;

  constructor(
    private readonly state: FakeState,
    private readonly heartbeatIntervalMs: number,
    /** Discord closes a session holding more guilds than this (2,500) with 4011. */
    private readonly guildsPerShard = 2_500,
  ) {}

  /** Takes over an HTTP upgrade on `/gateway` or `/resume`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (url.pathname !== '/gateway' && url.pathname !== '/resume') {
      socket.destroy();
      return;
    }
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, url));
  }

  #accept(ws: WebSocket, url: URL): void {
    this.connections += 1;
    if (url.searchParams.get('v') !== '10') return ws.close(4012, 'Invalid API version');
    if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) {
      return ws.close(4002, 'the fake gateway speaks uncompressed JSON only');
    }
    let session: Session | undefined;
    this.#send(ws, {
      op: 10,
      d: {
        heartbeat_interval: this.heartbeatIntervalMs,
        _trace: ['["fake-gateway",{"micros":0}]'],
      },
      s: null,
      t: null,
    });
    ws.on('message', (raw: RawData) => {
      const frame = Incoming.safeParse(JSON.parse(raw.toString()));
      if (!frame.success) return ws.close(4002, 'Decode error');
      const { op, d } = frame.data;
      if (op === 1) {
        this.heartbeats += 1;
        this.state.changes.notify();
        return this.#send(ws, { op: 11, d: null, s: null, t: null });
      }
      if (op === 2) {
        if (session) return ws.close(4005, 'Already authenticated');
        session = this.#identify(ws, d);
        return;
      }
      if (op === 6) {
        if (session) return ws.close(4005, 'Already authenticated');
        session = this.#resume(ws, d);
        return;
      }
      if (!session) return ws.close(4003, 'Not authenticated');
    });
    ws.on('close', () => {
      if (session?.socket === ws) delete session.socket;
      this.state.changes.notify();
    });
  }

  #identify(ws: WebSocket, data: unknown): Session | undefined {
    const identify = Identify.safeParse(data);
    if (!identify.success) {
      ws.close(4002, 'Decode error');
      return undefined;
    }
    const { token, ...rest } = identify.data;
    if (token !== this.state.token) {
      ws.close(4004, 'Authentication failed.');
      return undefined;
    }
    const [shardId, shardCount] = rest.shard ?? [0, 1];
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      ws.close(4010, 'Invalid shard');
      return undefined;
    }
    const guilds = this.state.guilds.filter((guild) => shardOf(guild.id, shardCount) === shardId);
    if (guilds.length > this.guildsPerShard) {
      ws.close(4011, 'Sharding required');
      return undefined;
    }
    this.identifies.push(rest);
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard: [shardId, shardCount],
      sequence: 0,
      log: [],
      socket: ws,
    };
    this.#sessions.set(session.id, session);
    this.#shards.set(shardId, session);
    this.#dispatchTo(session, 'READY', {
      v: 10,
      user: { ...this.state.author(), flags: 0, verified: true, mfa_enabled: false },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.state.gatewayUrl.replace(/\/gateway$/, '/resume'),
      shard: session.shard,
      application: { id: this.state.applicationId, flags: 0 },
      user_settings: {},
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['["fake-gateway",{"micros":0}]'],
    });
    const joinedAt = new Date().toISOString();
    for (const guild of guilds)
      this.#dispatchTo(session, 'GUILD_CREATE', guildCreatePayload(guild, joinedAt));
    this.state.changes.notify();
    return session;
  }

  #resume(ws: WebSocket, data: unknown): Session | undefined {
    const resume = Resume.safeParse(data);
    const session = resume.success ? this.#sessions.get(resume.data.session_id) : undefined;
    if (!resume.success || !session || resume.data.token !== this.state.token) {
      this.#send(ws, { op: 9, d: false, s: null, t: null });
      return undefined;
    }
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    this.resumes += 1;
    const from = resume.data.seq ?? 0;
    for (const frame of session.log) if ((frame.s ?? 0) > from) this.#send(ws, frame);
    this.#dispatchTo(session, 'RESUMED', { _trace: ['["fake-gateway",{"micros":0}]'] });
    this.state.changes.notify();
    return session;
  }

  #dispatchTo(session: Session, type: string, data: unknown): void {
    session.sequence += 1;
    const frame: GatewayFrame = { op: 0, d: data, s: session.sequence, t: type };
    session.log.push(frame);
    if (session.log.length > logSize) session.log.shift();
    if (session.socket?.readyState === WebSocket.OPEN) this.#send(session.socket, frame);
  }

  #send(ws: WebSocket, frame: GatewayFrame): void {
    ws.send(JSON.stringify(frame));
  }

  /**
   * Sends a dispatch to the session of the shard its `guild_id` belongs to (shard 0 without
   * one); kept for replay when its socket is down.
   */
  dispatch(type: string, data: unknown): void {
    const anyShard = this.#shards.values().next().value;
    if (!anyShard) throw new Error('fake Discord: no client has identified yet');
    const guildId =
      typeof data === 'object' && data !== null && 'guild_id' in data
        ? (data as { guild_id?: unknown }).guild_id
        : undefined;
    const shardId = typeof guildId === 'string' ? shardOf(guildId, anyShard.shard[1]) : 0;
    const session = this.#shards.get(shardId);
    if (!session) throw new Error(`fake Discord: shard ${shardId} has not identified`);
    this.#dispatchTo(session, type, data);
  }

  /** Whether a client is identified (or resumed) on every shard it named, each socket open. */
  get connected(): boolean {
    const sessions = [...this.#shards.values()];
    return (
      sessions.length > 0 &&
      sessions.length === (sessions[0]?.shard[1] ?? 1) &&
      sessions.every((session) => session.socket?.readyState === WebSocket.OPEN)
    );
  }

  /** The shard ids identified so far, with their count, in order. */
  get shards(): [number, number][] {
    return [...this.#shards.values()].map((session) => session.shard).sort((a, b) => a[0] - b[0]);
  }

  /** Drops the connections without a close frame, as a network failure does (the client resumes). */
  drop(): void {
    for (const session of this.#shards.values()) session.socket?.terminate();
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(): void {
    for (const session of this.#shards.values())
      if (session.socket) this.#send(session.socket, { op: 7, d: null, s: null, t: null });
  }

  async close(): Promise<void> {
    for (const client of this.#server.clients) client.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
