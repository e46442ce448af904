import type { Clock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { openScratchStore } from '../scratch-store';

export interface StoreCase {
  name: string;
  open(options?: { clock?: Clock; clusterTimeZone?: string }): Promise<OpenedStore>;
}

/**
 * The databases the contract suites run on: embedded PGlite always, and real Postgres when
 * `DATABASE_URL` is set (CI sets it). Each open is an empty, migrated store of its own.
 */
export function storeCases(env: NodeJS.ProcessEnv = process.env): StoreCase[] {
  const cases: StoreCase[] = [
    { name: 'PGlite', open: (options = {}) => openScratchStore(options) },
  ];
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) {
    cases.push({
      name: 'Postgres',
      open: (options = {}) => openScratchStore({ ...options, databaseUrl }),
    });
  }
  return cases;
}

const tables = [
  'attendance',
  'follows',
  'events',
  'grant_calls',
  'organisations',
  'documents',
  'people',
  'subscriptions',
  'deliveries',
  'sync_state',
  'audit_log',
  'outbox',
  'discord_scheduled_events',
];

/** Deletes every row, so tests in one file can share a store. */
export async function emptyStore(opened: OpenedStore): Promise<void> {
  for (const table of tables) await opened.query(`delete from ${table}`);
}
