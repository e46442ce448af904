import type { Clock } from '@glokal/domain';
import { openScratchStore, type OpenedStore } from '@glokal/store';

/** The Postgres the benchmarks use when `DATABASE_URL` is unset: the local one of docker-compose and CI. */
export const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/** `DATABASE_URL`, or the local Postgres. */
export function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['DATABASE_URL'] || DEFAULT_POSTGRES;
}

/**
 * A scratch store for one benchmark: a schema of its own on Postgres, or embedded PGlite when
 * Postgres cannot be reached, which `report` then says (the figures are not comparable).
 */
export async function openBenchStore(
  label: string,
  report: (line: string) => void,
  options: { clock: Clock; clusterTimeZone: string },
): Promise<OpenedStore> {
  const databaseUrl = benchDatabaseUrl();
  try {
    return await openScratchStore({ databaseUrl, ...options });
  } catch {
    report(
      `${label} store: Postgres at ${new URL(databaseUrl).host} unreachable, using embedded PGlite`,
    );
    return openScratchStore(options);
  }
}
