import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

export const SOCKET_MODE_PATH = '/socket-mode/link';

/** What an app sends back on the socket for one envelope: `{ envelope_id, payload }`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/**
 * Slack's Socket Mode on loopback: `apps.connections.open` hands out a `ws://` URL here, each
 * connection gets `hello`, envelopes are pushed with `envelope_id` and acknowledged by the app.
 */
export class FakeSocketMode {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sockets = new Set<WebSocket>();
  readonly #pending = new Map<string, (ack: SocketAck) => void>();
  readonly #connected: Array<() => void> = [];

  constructor(private readonly appId: string) {
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('message', (data) => this.#onMessage(data));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: this.#sockets.size,
          debug_info: { host: 'applink-fake', approximate_connection_time: 18060 },
          connection_info: { app_id: this.appId },
        }),
      );
      for (const resolve of this.#connected.splice(0)) resolve();
    });
  }

  get connections(): number {
    return this.#sockets.size;
  }

  /** Takes over an HTTP upgrade to the Socket Mode path; false for any other request. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (!request.url?.startsWith(SOCKET_MODE_PATH)) return false;
    this.#server.handleUpgrade(request, socket, head, (ws) =>
      this.#server.emit('connection', ws, request),
    );
    return true;
  }

  /** Resolves once an app is connected; rejects after `timeoutMs`. */
  waitForConnection(timeoutMs = 5000): Promise<void> {
    if (this.#sockets.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`fake Slack: no Socket Mode connection within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.#connected.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Pushes one envelope to a connected app and resolves with its acknowledgement. */
  send(type: EnvelopeType, payload: Record<string, unknown>, timeoutMs = 5000): Promise<SocketAck> {
    const [socket] = this.#sockets;
    if (!socket)
      return Promise.reject(new Error('fake Slack: no app is connected over Socket Mode'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(envelopeId);
        reject(new Error(`fake Slack: envelope ${type} not acknowledged within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
        }),
      );
    });
  }

  close(): void {
    for (const socket of this.#sockets) socket.terminate();
    this.#server.close();
  }

  #onMessage(data: RawData): void {
    let message: unknown;
    try {
      message = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
    } catch {
      return;
    }
    if (
      typeof message !== 'object' ||
      message === null ||
      !('envelope_id' in message) ||
      typeof message.envelope_id !== 'string'
    )
      return;
    const payload =
      'payload' in message && typeof message.payload === 'object' && message.payload !== null
        ? message.payload
        : undefined;
    const ack: SocketAck = {
      envelope_id: message.envelope_id,
      ...(payload ? { payload: Object.fromEntries(Object.entries(payload)) } : {}),
    };
    this.#pending.get(ack.envelope_id)?.(ack);
    this.#pending.delete(ack.envelope_id);
  }
}
