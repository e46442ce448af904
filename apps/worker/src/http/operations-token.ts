import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The realm browsers show when they ask a person for the token. */
const realm = 'Glokal operations';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** What a request offers as the token: `Bearer <token>`, or HTTP Basic with it as the password. */
export function offeredToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme = '', ...rest] = authorization.trim().split(/\s+/);
  const credentials = rest.join(' ');
  if (scheme.toLowerCase() === 'bearer') return credentials || undefined;
  if (scheme.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** Whether the offered token is the one; compared in constant time, whatever their lengths. */
export function isOperationsToken(offered: string | undefined, token: string): boolean {
  // Digests have one length, so timingSafeEqual never leaks the token's length either.
  return offered !== undefined && timingSafeEqual(digest(offered), digest(token));
}

/**
 * Lets a request through only with `OPERATIONS_TOKEN`: `Authorization: Bearer <token>` for
 * scripts and Prometheus, HTTP Basic (any user name, the token as password) so a person can
 * open the queue dashboard in a browser. Anything else is 401 with both challenges.
 */
export function requireOperationsToken(token: string): RequestHandler {
  return (request, response, next) => {
    if (isOperationsToken(offeredToken(request.headers.authorization), token)) {
      next();
      return;
    }
    response
      .status(401)
      .setHeader('WWW-Authenticate', [
        `Basic realm="${realm}", charset="UTF-8"`,
        `Bearer realm="${realm}"`,
      ])
      .json({
        error: 'unauthorized',
        detail: 'send Authorization: Bearer <OPERATIONS_TOKEN> (browsers: the token as password)',
      });
  };
}
