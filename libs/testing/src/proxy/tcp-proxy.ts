import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy a test can cut (as if the server behind it went away) and restore. */
export interface TcpProxy {
  readonly port: number;
  /** Connections passed through so far. */
  readonly accepted: number;
  /** Drops every open connection (a reset) and refuses new ones until `restore()`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (a free port) and pipes each connection to `target`, byte for byte:
 * put it between an app and Postgres (or anything on TCP) and cut it to see the app cope.
 * While cut it keeps listening, so the port stays its own, and resets each new connection.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let cut = false;
  let accepted = 0;
  const drop = (socket: Socket) => {
    open.delete(socket);
    if (!socket.destroyed) socket.resetAndDestroy();
  };
  const server = createServer((client) => {
    if (cut) {
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    accepted += 1;
    const upstream = connect(target);
    for (const [socket, other] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      open.add(socket);
      socket.on('error', () => drop(other));
      socket.on('close', () => drop(other));
      socket.pipe(other);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the TCP proxy did not get a port');
  return {
    port: address.port,
    get accepted() {
      return accepted;
    },
    cut() {
      cut = true;
      for (const socket of [...open]) drop(socket);
    },
    restore() {
      cut = false;
    },
    close() {
      cut = true;
      for (const socket of [...open]) drop(socket);
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
