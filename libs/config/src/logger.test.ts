import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('writes JSON lines and never the value of a token', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ name: 'test' }, sink);
    logger.info({ slack: { botToken: 'xoxb-very-secret' }, token: 'abc' }, 'started');
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line['msg']).toBe('started');
    expect(lines[0]).not.toContain('xoxb-very-secret');
    expect(lines[0]).not.toContain('"abc"');
  });
});
