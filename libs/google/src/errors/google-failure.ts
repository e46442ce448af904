import { z } from 'zod';

/**
 * What went wrong with a Google call, in the few words that decide what to do next:
 * `rate-limited` and `unavailable` and `network` are worth retrying after a pause;
 * `cursor-expired` means "do a full sync"; the others need a person (share the calendar,
 * fix the credentials, check the id).
 */
export type GoogleFailureCode =
  | 'cursor-expired'
  | 'rate-limited'
  | 'quota-exhausted'
  | 'unavailable'
  | 'network'
  | 'unauthorised'
  | 'forbidden'
  | 'not-found'
  | 'invalid-request'
  | 'unknown';

export interface GoogleFailure {
  code: GoogleFailureCode;
  retryable: boolean;
  status?: number;
  /** Google's `errors[0].reason`, e.g. `rateLimitExceeded`, `fullSyncRequired`. */
  reason?: string;
  retryAfterMs?: number;
  message: string;
}

/** A failed Google call, classified. Never carries a token. */
export class GoogleApiError extends Error {
  override readonly name = 'GoogleApiError';
  constructor(
    readonly failure: GoogleFailure,
    options?: { cause?: unknown },
  ) {
    super(
      `Google ${failure.code}${failure.status ? ` (${failure.status}${failure.reason ? ` ${failure.reason}` : ''})` : ''}: ${failure.message}`,
      options,
    );
  }
}

const GoogleErrorBody = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z
      .array(z.object({ reason: z.string().optional(), domain: z.string().optional() }))
      .optional(),
  }),
});

const ErrorShape = z.object({
  message: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  response: z
    .object({ status: z.number(), data: z.unknown().optional(), headers: z.unknown().optional() })
    .optional(),
});

const rateReasons = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);
const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
]);

/** Reads a googleapis (gaxios) error, or anything thrown, into a `GoogleFailure`. */
export function classifyGoogleError(error: unknown): GoogleFailure {
  if (error instanceof GoogleApiError) return error.failure;
  const shape = ErrorShape.safeParse(error);
  const response = shape.success ? shape.data.response : undefined;
  if (!response) {
    const code = shape.success ? shape.data.code : undefined;
    const message = shape.success ? (shape.data.message ?? 'no response') : String(error);
    const network =
      (typeof code === 'string' && networkCodes.has(code)) ||
      /socket hang up|fetch failed/i.test(message) ||
      timedOut(error);
    return network
      ? { code: 'network', retryable: true, message }
      : { code: 'unknown', retryable: false, message };
  }
  const body = GoogleErrorBody.safeParse(response.data);
  const reason = body.success ? body.data.error.errors?.[0]?.reason : undefined;
  const message = (body.success ? body.data.error.message : undefined) ?? `HTTP ${response.status}`;
  const retryAfterMs = readRetryAfter(response.headers);
  const base = {
    status: response.status,
    message,
    ...(reason ? { reason } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
  const status = response.status;
  if (status === 410) return { ...base, code: 'cursor-expired', retryable: false };
  if (status === 429 || (status === 403 && reason !== undefined && rateReasons.has(reason))) {
    return { ...base, code: 'rate-limited', retryable: true };
  }
  if (status === 403 && reason === 'dailyLimitExceeded')
    return { ...base, code: 'quota-exhausted', retryable: false };
  if (status >= 500) return { ...base, code: 'unavailable', retryable: true };
  if (status === 401) return { ...base, code: 'unauthorised', retryable: false };
  if (status === 403) return { ...base, code: 'forbidden', retryable: false };
  if (status === 404) return { ...base, code: 'not-found', retryable: false };
  if (status === 400) return { ...base, code: 'invalid-request', retryable: false };
  return { ...base, code: 'unknown', retryable: false };
}

/**
 * The client's `timeout` fired (gaxios aborts the request: `AbortError` or `TimeoutError`, on
 * the error or as its cause). Nothing else of ours aborts a Google call.
 */
function timedOut(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 3; depth += 1) {
    if (typeof current !== 'object') return false;
    const name: unknown = Reflect.get(current, 'name');
    if (name === 'AbortError' || name === 'TimeoutError') return true;
    current = Reflect.get(current, 'cause');
  }
  return false;
}

function readRetryAfter(headers: unknown): number | undefined {
  const value = header(headers, 'retry-after');
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * A response header, whatever shape the client gave: gaxios 7 (googleapis 171) answers with
 * node-fetch's `Headers`, which has `get` but is not the global `Headers` class (so
 * `instanceof Headers` is false); older clients gave a plain object, in any casing.
 */
function header(headers: unknown, name: string): unknown {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const get: unknown = Reflect.get(headers, 'get');
  if (typeof get === 'function') {
    const value: unknown = Reflect.apply(get, headers, [name]);
    return value ?? undefined;
  }
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  if (key === undefined) return undefined;
  const value: unknown = Reflect.get(headers, key);
  return value;
}
