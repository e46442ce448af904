import { spawn, type ChildProcess } from 'node:child_process';

/** A Node process a test started, with what it printed kept for the test to read. */
export interface WatchedProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code, or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  hasExited(): boolean;
  /** The pino lines it wrote so far, parsed (other output is left out). */
  logged(): Array<Record<string, unknown>>;
  /** The last lines of its stdout and stderr, for a failure message. */
  tail(lines?: number): string;
}

/**
 * Starts `node <args>` in `cwd` with only this environment (and PATH, HOME, TZ=UTC): no
 * NODE_OPTIONS or secrets of the test's own process leak into it.
 */
export function startWatchedProcess(
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): WatchedProcess {
  const child = spawn(process.execPath, [...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let partial = '';
  const keep = (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    output.push(...lines.filter(Boolean));
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  let ended = false;
  const exited = new Promise<number | NodeJS.Signals | null>((done) =>
    child.on('exit', (code, signal) => {
      ended = true;
      done(code ?? signal);
    }),
  );
  return {
    child,
    exited,
    hasExited: () => ended,
    logged: () =>
      output.flatMap((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? [parsed as Record<string, unknown>]
            : [];
        } catch {
          return [];
        }
      }),
    tail: (lines = 30) => [...output, partial].filter(Boolean).slice(-lines).join('\n'),
  };
}

/** Waits until `check` gives something, polling; throws after `ms` saying what did not happen. */
export async function within<T>(
  ms: number,
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
