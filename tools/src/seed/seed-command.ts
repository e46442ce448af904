import type { Clock } from '@glokal/domain';
import { loadDemoData, type OpenedStore } from '@glokal/store';

export interface SeedDeps {
  /** Opens the configured store (migrated). */
  open(): Promise<OpenedStore>;
  /** Says where the store is, for the person running the command. */
  where: string;
  clock: Clock;
  clusterTimeZone: string;
  print(line: string): void;
}

export const seedUsage = `Usage: npm run seed -- --demo [--force]

  --demo   load the demo data set (a Polish education cluster: members and partners,
           a season of events, grant calls, documents) into the configured store
           (DATABASE_URL, or embedded PGlite under DATA_DIR)
  --force  load it even when the store already has data (demo rows are replaced by id;
           other rows stay)`;

/**
 * `npm run seed -- --demo`: the only way besides the console's empty embedded store that demo
 * data enters a store. Returns the exit code: 0 loaded, 1 refused (the store has data), 2 usage.
 */
export async function runSeed(args: readonly string[], deps: SeedDeps): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--demo' && arg !== '--force');
  if (!args.includes('--demo') || unknown.length > 0) {
    if (unknown.length > 0) deps.print(`Unknown argument: ${unknown.join(' ')}`);
    deps.print(seedUsage);
    return 2;
  }
  const opened = await deps.open();
  try {
    if (!args.includes('--force') && !(await opened.isEmpty())) {
      deps.print(
        `The ${opened.kind} store at ${deps.where} already has data; demo data would mix with it.\n` +
          'Nothing was loaded. Run `npm run seed -- --demo --force` to load it anyway.',
      );
      return 1;
    }
    const loaded = await opened.transaction((store) =>
      loadDemoData(store, deps.clock, deps.clusterTimeZone),
    );
    deps.print(
      `Loaded the demo data into the ${opened.kind} store at ${deps.where}: ` +
        `${loaded.organisations} organisations, ${loaded.events} events, ` +
        `${loaded.grantCalls} grant calls, ${loaded.documents} documents ` +
        `(dated around ${deps.clock.now().toISOString().slice(0, 10)}, ${deps.clusterTimeZone}).`,
    );
    return 0;
  } finally {
    await opened.close();
  }
}
