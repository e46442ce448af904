import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** A Redis of one test's own, on a free port, that the test may stop, start again and flush. */
export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /**
   * Kills the server with SIGKILL: its data is gone, unless it keeps an append-only file
   * (`appendOnlyDir`), which holds every write it acknowledged.
   */
  stop(): Promise<void>;
  /** Starts it again on the same port: empty, or from its append-only file. */
  start(): Promise<void>;
  /** `FLUSHALL`: every key gone, the server still running. */
  flushAll(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Sends one inline command over a plain socket and returns the first reply line (`+PONG`,
 * `+OK`), or undefined when nothing answers. No Redis client here: only libs/queue uses one.
 */
function command(port: number, line: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let answer = '';
    const done = (result: string | undefined) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2000, () => done(undefined));
    socket.once('error', () => done(undefined));
    socket.once('connect', () => socket.write(`${line}\r\n`));
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n')) done(answer.slice(0, answer.indexOf('\r\n')));
    });
  });
}

/**
 * Starts `redis-server` on a free port, and waits (at most `timeoutMs`) until it answers.
 * Nothing is kept on disk, unless `appendOnlyDir` is given: then every write is in an
 * append-only file there, synced before each write is acknowledged, so a kill and a start again
 * lose nothing (docker-compose.yml keeps one too, synced every second). Call `stop()` when the test is done.
 */
export async function startOwnRedis(
  options: { timeoutMs?: number; appendOnlyDir?: string } = {},
): Promise<OwnRedis> {
  const port = await freePort();
  const persistence = options.appendOnlyDir
    ? ['--dir', options.appendOnlyDir, '--appendonly', 'yes', '--appendfsync', 'always']
    : ['--appendonly', 'no'];
  const url = `redis://127.0.0.1:${port}`;
  const timeoutMs = options.timeoutMs ?? 15_000;
  let server: ChildProcess | undefined;

  const start = async () => {
    if (server) return;
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence],
      { stdio: 'ignore' },
    );
    server = child;
    const deadline = Date.now() + timeoutMs;
    while ((await command(port, 'PING')) !== '+PONG') {
      if (child.exitCode !== null) throw new Error(`redis-server on port ${port} exited`);
      if (Date.now() > deadline)
        throw new Error(`redis-server on port ${port} did not answer in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const stop = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url,
    stop,
    start,
    async flushAll() {
      const answer = await command(port, 'FLUSHALL');
      if (answer !== '+OK') throw new Error(`FLUSHALL on port ${port} answered ${answer}`);
    },
  };
}
