/** What `/readyz` answers: each dependency `ok` or what is wrong with it. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

export type ReadinessCheck = () => Promise<true | string>;

/** Runs every check (each bounded by `timeoutMs`); ready when all say `ok`. */
export async function checkReadiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs = 2000,
): Promise<Readiness> {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, string]> => {
      try {
        const answer = await Promise.race([
          check(),
          new Promise<string>((resolve) =>
            setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs).unref(),
          ),
        ]);
        return [name, answer === true ? 'ok' : answer];
      } catch (error) {
        return [name, error instanceof Error ? error.message : String(error)];
      }
    }),
  );
  return {
    ready: results.every(([, result]) => result === 'ok'),
    checks: Object.fromEntries(results),
  };
}

/**
 * Not ready while a job scheduler the worker declares is missing from Redis (a flushed or
 * replaced Redis): syncs and the outbox relay would silently stop. The worker puts them back
 * on its own within its check interval.
 */
export function schedulesCheck(missing: () => Promise<string[]>): ReadinessCheck {
  return async () => {
    const ids = await missing();
    return ids.length === 0 || `job schedulers missing: ${ids.join(', ')}`;
  };
}
