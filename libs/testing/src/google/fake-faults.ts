import { googleError, type FakeResponse } from './http-kit';

/** A kind of failure Google really sends. */
export type FaultKind =
  | '429'
  | '500'
  | '503'
  | '403-rateLimitExceeded'
  | '403-userRateLimitExceeded'
  | '403-quotaExceeded'
  /** The answer is held (a minute, or until the fake closes): the client's timeout must fire. */
  | 'hold';

/** A held answer's wait: longer than any client timeout a test sets. */
const holdMs = 60_000;

interface PlannedFault {
  kind: FaultKind;
  remaining: number;
  path?: RegExp;
  method?: string;
  retryAfterSeconds?: number;
  /** Matching requests still to answer normally before the faults begin. */
  after: number;
}

/** Failures the next matching requests get instead of their answer. */
export class FakeFaults {
  private readonly planned: PlannedFault[] = [];
  /** How many faults were served, by kind. */
  readonly served = new Map<FaultKind, number>();

  /**
   * The next `times` requests (whose path matches `path` and whose method is `method`, when
   * given) fail with `kind`, with a `Retry-After` header when `retryAfterSeconds` is given;
   * with `after`, that many matching requests are answered normally first (a fault mid-sync).
   */
  failNext(
    times: number,
    kind: FaultKind,
    options: { path?: RegExp; method?: string; retryAfterSeconds?: number; after?: number } = {},
  ): void {
    const { after = 0, ...rest } = options;
    this.planned.push({ kind, remaining: times, after, ...rest });
  }

  clear(): void {
    this.planned.length = 0;
  }

  /** The fault for this request, if one is planned; `holdMs`: wait that long before answering. */
  take(path: string, method = 'GET'): (FakeResponse & { holdMs?: number }) | undefined {
    const fault = this.planned.find(
      (planned) =>
        planned.remaining > 0 &&
        (!planned.path || planned.path.test(path)) &&
        (!planned.method || planned.method.toUpperCase() === method),
    );
    if (!fault) return undefined;
    if (fault.after > 0) {
      fault.after -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    this.served.set(fault.kind, (this.served.get(fault.kind) ?? 0) + 1);
    const response = faultResponse(fault.kind);
    return fault.retryAfterSeconds === undefined
      ? response
      : { ...response, headers: { 'Retry-After': String(fault.retryAfterSeconds) } };
  }
}

function faultResponse(kind: FaultKind): FakeResponse & { holdMs?: number } {
  switch (kind) {
    case '429':
      return googleError(429, 'rateLimitExceeded', 'Rate Limit Exceeded', {
        domain: 'usageLimits',
      });
    case '500':
      return googleError(500, 'backendError', 'Backend Error');
    case '503':
      return googleError(503, 'backendError', 'The service is currently unavailable.');
    case '403-rateLimitExceeded':
      return googleError(403, 'rateLimitExceeded', 'Rate Limit Exceeded', {
        domain: 'usageLimits',
      });
    case '403-userRateLimitExceeded':
      return googleError(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded', {
        domain: 'usageLimits',
      });
    case '403-quotaExceeded':
      return googleError(403, 'quotaExceeded', 'Calendar usage limits exceeded.', {
        domain: 'usageLimits',
      });
    case 'hold':
      return { ...googleError(503, 'backendError', 'The answer came too late.'), holdMs };
  }
}
