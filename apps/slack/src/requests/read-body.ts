import type { IncomingMessage } from 'node:http';
import { parse } from 'node:querystring';

/**
 * A request's body, read up to `limit` bytes; `too large` as soon as it goes past (the rest is
 * not kept: the connection is closed after the refusal).
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', reject);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        request.resume();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', reject);
  });
}

/**
 * Whether a body Bolt can parse would give it something other than an object: JSON `null`,
 * a number, a string or an array, alone or as a form's `payload`. Bolt reads fields off what it
 * parsed before any error handler can catch it, so such a body (even signed) would end in an
 * unhandled rejection. A body that does not parse at all is left to Bolt, which refuses it.
 */
export function parsesToNonObject(raw: Buffer, contentType: string | undefined): boolean {
  const text = raw.toString();
  let value: unknown;
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parse(text);
      if (typeof payload !== 'string') return false;
      value = JSON.parse(payload);
    } else {
      value = JSON.parse(text);
    }
  } catch {
    return false;
  }
  return typeof value !== 'object' || value === null || Array.isArray(value);
}
