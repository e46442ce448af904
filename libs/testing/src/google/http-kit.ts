import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the fake's routes see it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function readRequest(request: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

export function send(response: ServerResponse, reply: FakeResponse): void {
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...(payload ? { 'content-type': 'application/json; charset=UTF-8' } : {}),
    'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
    server: 'ESF',
    ...reply.headers,
  });
  response.end(payload);
}

/**
 * Google's error body (`{ error: { errors: [...], code, message } }`), as the Calendar and
 * Drive APIs send it.
 */
export function googleError(
  status: number,
  reason: string,
  message: string,
  extra: { domain?: string; location?: string; locationType?: string } = {},
): FakeResponse {
  return {
    status,
    body: {
      error: {
        errors: [
          {
            domain: extra.domain ?? 'global',
            reason,
            message,
            ...pick(extra, 'location', 'locationType'),
          },
        ],
        code: status,
        message,
      },
    },
  };
}

function pick(
  source: { location?: string; locationType?: string },
  ...keys: ('location' | 'locationType')[]
) {
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]),
  );
}

export const notFound = (what: string): FakeResponse =>
  googleError(404, 'notFound', `Not Found: ${what}`);

/** The value of a boolean query parameter as Google reads it. */
export function flag(query: URLSearchParams, name: string): boolean {
  return query.get(name) === 'true';
}

export function opaqueToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function readOpaqueToken(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
