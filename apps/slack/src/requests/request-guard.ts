import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from '@glokal/config';
import { parsesToNonObject, readBody } from './read-body';
import type { SeenRequests } from './seen-requests';

/**
 * The largest body taken from Slack. Its biggest payloads are view submissions, which echo
 * the modal (at most 100 blocks) with each input's value (at most 3,000 characters each);
 * Glokal's largest form is far below this. Anything bigger is refused before it is read.
 */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

/** How far a request's timestamp may be from our clock, either way (Slack's five minutes). */
export const MAX_CLOCK_DIFFERENCE_S = 5 * 60;

export interface RequestGuardOptions {
  seen: SeenRequests;
  logger: Pick<Logger, 'warn'>;
  now?: () => number;
  /** The routes nobody needs to sign (`GET /healthz`): method and path. */
  open?: { method: string; path: string }[];
}

const signaturePattern = /^v0=[0-9a-f]{64}$/;
const timestampPattern = /^\d{1,12}$/;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Why a request is refused before its body is read, or undefined when it may go on. */
export function refusalBeforeReading(
  request: IncomingMessage,
  nowMs: number,
): { status: 401 | 413; reason: string } | undefined {
  const length = header(request, 'content-length');
  if (length !== undefined && Number(length) > MAX_SLACK_BODY_BYTES) {
    return { status: 413, reason: 'body over the bound' };
  }
  const signature = header(request, 'x-slack-signature');
  const timestamp = header(request, 'x-slack-request-timestamp');
  if (!signature || !signaturePattern.test(signature)) return { status: 401, reason: 'unsigned' };
  if (!timestamp || !timestampPattern.test(timestamp)) {
    return { status: 401, reason: 'no timestamp' };
  }
  if (Math.abs(Number(timestamp) - Math.floor(nowMs / 1000)) > MAX_CLOCK_DIFFERENCE_S) {
    return { status: 401, reason: 'timestamp more than five minutes off' };
  }
  return undefined;
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { connection: 'close' });
  response.end();
}

/**
 * Reads the body (at most the bound) and hands it to Bolt already read, which Bolt then takes
 * as it is; a body over the bound, or one that parses to something other than an object, is
 * refused first.
 */
async function passReadBody(
  request: IncomingMessage,
  response: ServerResponse,
  next: RequestListener,
  logger: Pick<Logger, 'warn'>,
): Promise<void> {
  const body = await readBody(request, MAX_SLACK_BODY_BYTES);
  if (body === 'too large') {
    logger.warn({ status: 413, reason: 'body over the bound' }, 'Slack request refused');
    refuse(response, 413);
    return;
  }
  if (parsesToNonObject(body, header(request, 'content-type'))) {
    logger.warn({ status: 400, reason: 'body is not an object' }, 'Slack request refused');
    refuse(response, 400);
    return;
  }
  (request as BufferedIncomingMessage).rawBody = body;
  next(request, response);
}

/**
 * Stands in front of Bolt's receiver on every route but the open ones: a request without a
 * well-formed signature, with a timestamp more than five minutes off (stale or future), with
 * a declared body over the bound, or seen before (the same signature and timestamp: a replay)
 * is refused before its body is read. The body is then read up to the bound (a chunked body is
 * cut off there, 413), one that parses to no object is refused (400), and Bolt checks the
 * signature itself. Slack's own retries of an event are signed anew, so they are not replays.
 */
export function guardSlackRequests(
  next: RequestListener,
  options: RequestGuardOptions,
): RequestListener {
  const now = options.now ?? Date.now;
  const open = options.open ?? [];
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (open.some((route) => route.method === request.method && route.path === path)) {
      next(request, response);
      return;
    }
    const refusal = refusalBeforeReading(request, now());
    if (refusal) {
      options.logger.warn(
        { status: refusal.status, reason: refusal.reason },
        'Slack request refused',
      );
      refuse(response, refusal.status);
      return;
    }
    const signature = header(request, 'x-slack-signature') ?? '';
    const timestamp = header(request, 'x-slack-request-timestamp') ?? '';
    options.seen.firstTime(signature, timestamp).then(
      (first) => {
        if (first) {
          passReadBody(request, response, next, options.logger).catch(() => {
            if (!response.headersSent) refuse(response, 400);
          });
          return;
        }
        options.logger.warn({ status: 401, reason: 'replayed' }, 'Slack request refused');
        refuse(response, 401);
      },
      () => refuse(response, 503),
    );
  };
}
