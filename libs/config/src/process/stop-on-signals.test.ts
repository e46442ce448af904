import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { stopOnSignals } from './stop-on-signals';

/** A logger whose lines the test reads, a fake process to signal, and the exit codes asked for. */
function harness(stop: () => Promise<void>) {
  const lines: { msg: string; signal?: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string; signal?: string });
      done();
    },
  });
  const source = new EventEmitter();
  const exits: number[] = [];
  let settle: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (settle = resolve));
  stopOnSignals(stop, createLogger({ level: 'info' }, destination), {
    source,
    exit: (code) => {
      exits.push(code);
      settle(code);
    },
  });
  return { source, exits, exited, messages: () => lines.map((line) => line.msg) };
}

describe('stopOnSignals', () => {
  it('stops once on SIGTERM and ends with 0', async () => {
    let stops = 0;
    const running = harness(async () => {
      stops += 1;
    });
    running.source.emit('SIGTERM', 'SIGTERM');
    expect(await running.exited).toBe(0);
    expect(stops).toBe(1);
    expect(running.messages()).toEqual(['stopping']);
  });

  it('exits at once with 1 on a second signal while still stopping', async () => {
    let finish: () => void = () => undefined;
    const running = harness(() => new Promise<void>((resolve) => (finish = resolve)));
    running.source.emit('SIGINT', 'SIGINT');
    running.source.emit('SIGINT', 'SIGINT');
    expect(running.exits).toEqual([1]);
    expect(running.messages()).toEqual(['stopping', 'second signal: exiting now']);
    finish();
  });

  it('ends with 1 and says so when stopping fails', async () => {
    const running = harness(() => Promise.reject(new Error('Redis went away')));
    running.source.emit('SIGTERM', 'SIGTERM');
    expect(await running.exited).toBe(1);
    expect(running.messages()).toEqual(['stopping', 'stopping failed']);
  });
});
