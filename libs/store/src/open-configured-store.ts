import type { GlokalConfig } from '@glokal/config';
import { StartupProblem } from '@glokal/config/process';
import { openStore, type OpenStoreOptions, type OpenedStore } from './open-store';

/** What a process adds to the configuration when it opens its store. */
export type ConfiguredStoreOptions = Pick<OpenStoreOptions, 'clock' | 'logger'>;

/** Error codes (Node's and Postgres') meaning "this Postgres cannot be used as configured". */
const unreachable: Record<string, string> = {
  ECONNREFUSED: 'nothing answers there',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the connection was closed',
  '28P01': 'the password was refused',
  '28000': 'the role may not log in',
  '3D000': 'that database does not exist',
};

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** `host:port/database` of a connection string: never its user or password. */
function whereIs(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * Opens the store the configuration names, migrated: Postgres at `DATABASE_URL` when it is set,
 * otherwise embedded PGlite under `DATA_DIR`. A Postgres that cannot be used becomes a
 * `StartupProblem` saying what to do.
 */
export async function openConfiguredStore(
  config: Pick<GlokalConfig, 'database' | 'cluster'>,
  options: ConfiguredStoreOptions = {},
): Promise<OpenedStore> {
  const { url, dataDir } = config.database;
  try {
    return await openStore({
      ...(url ? { databaseUrl: url } : { dataDir }),
      clusterTimeZone: config.cluster.timeZone,
      ...options,
    });
  } catch (error) {
    const reason = unreachable[codeOf(error) ?? ''];
    if (!url || reason === undefined) throw error;
    throw new StartupProblem(
      `Glokal cannot open its database: Postgres at ${whereIs(url)} (DATABASE_URL): ${reason}. ` +
        'Start Postgres or correct DATABASE_URL; unset it to use the embedded database under DATA_DIR.',
      { cause: error },
    );
  }
}
