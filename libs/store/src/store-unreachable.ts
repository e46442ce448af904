/** Socket errors of a connection to Postgres that went away or could not be made. */
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
/** Postgres's own: too many connections, shutting down or starting up. */
const unavailableStates = new Set(['53300', '57P01', '57P02', '57P03']);
/** What node-postgres says when a connection ends or cannot be made in time. */
const connectionMessages =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed/i;

/**
 * The store could not be reached (Postgres away, restarting, or refusing connections), as
 * against a query that failed: worth "try again in a moment" to a person, and a retry to a job.
 */
export function isStoreUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current !== 'object') return false;
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && (connectionCodes.has(code) || unavailableStates.has(code)))
      return true;
    if (typeof code === 'string' && code.startsWith('08')) return true;
    const message: unknown = Reflect.get(current, 'message');
    if (typeof message === 'string' && connectionMessages.test(message)) return true;
    current = Reflect.get(current, 'cause');
  }
  return false;
}
