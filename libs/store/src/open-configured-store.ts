import type { GlokalConfig } from '@glokal/config';
import { openStore, type OpenStoreOptions, type OpenedStore } from './open-store';

/** What a process adds to the configuration when it opens its store. */
export type ConfiguredStoreOptions = Pick<OpenStoreOptions, 'clock' | 'logger'>;

/**
 * Opens the store the configuration names, migrated: Postgres at `DATABASE_URL` when it is set,
 * otherwise embedded PGlite under `DATA_DIR`.
 */
export function openConfiguredStore(
  config: Pick<GlokalConfig, 'database' | 'cluster'>,
  options: ConfiguredStoreOptions = {},
): Promise<OpenedStore> {
  const { url, dataDir } = config.database;
  return openStore({
    ...(url ? { databaseUrl: url } : { dataDir }),
    clusterTimeZone: config.cluster.timeZone,
    ...options,
  });
}
