import { basename } from 'node:path';
import type { Clock, ClusterStore } from '@glokal/domain';
import type { OpenedStore } from '@glokal/store';
import { readCsv } from './csv-table';
import { grantsFormat } from './grants-format';
import { membersFormat } from './members-format';
import { validateRows } from './validate-rows';

export interface ImportDeps {
  readText(path: string): Promise<string>;
  open(): Promise<OpenedStore>;
  clock: Clock;
  /** Who ran the import, for the audit log. */
  actor: string;
  print(line: string): void;
}

export const importUsage = `Usage: npm run import -- members <file.csv>
       npm run import -- grants <file.csv>

Columns, delimiters and examples: docs/csv-import.md. Every row is checked first;
if any row has a problem, nothing is imported.`;

type Importer = (
  text: string,
) => { problems: string[] } | { count: number; write(store: ClusterStore): Promise<void> };

const importers: Record<string, { what: string; prepare: Importer }> = {
  members: {
    what: membersFormat.what,
    prepare: (text) => {
      const result = validateRows(readCsv(text), membersFormat);
      if (!result.ok) return { problems: result.problems };
      return {
        count: result.items.length,
        write: (store) => store.organisations.upsert(result.items),
      };
    },
  },
  grants: {
    what: grantsFormat.what,
    prepare: (text) => {
      const result = validateRows(readCsv(text), grantsFormat);
      if (!result.ok) return { problems: result.problems };
      return { count: result.items.length, write: (store) => store.grants.upsert(result.items) };
    },
  },
};

/**
 * `npm run import -- members|grants file.csv`. Returns the exit code: 0 imported, 1 the file has
 * problems (listed by line, nothing imported), 2 usage or an unreadable file.
 */
export async function runImport(args: readonly string[], deps: ImportDeps): Promise<number> {
  const [kind, path, ...rest] = args;
  const importer = kind === undefined ? undefined : importers[kind];
  if (!importer || !path || rest.length > 0) {
    deps.print(importUsage);
    return 2;
  }
  let text: string;
  try {
    text = await deps.readText(path);
  } catch (error) {
    deps.print(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const file = basename(path);
  const prepared = importer.prepare(text);
  if ('problems' in prepared) {
    const count = prepared.problems.length;
    deps.print(`${file}: ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`);
    for (const problem of prepared.problems) deps.print(`  ${problem}`);
    return 1;
  }
  const opened = await deps.open();
  try {
    await opened.transaction(async (store) => {
      await prepared.write(store);
      await store.audit.record({
        actor: deps.actor,
        action: `import.${kind ?? ''}`,
        subject: file,
        detail: { rows: prepared.count },
        at: deps.clock.now(),
      });
    });
    deps.print(
      `Imported ${prepared.count} ${importer.what} from ${file} into the ${opened.kind} store.`,
    );
    return 0;
  } finally {
    await opened.close();
  }
}
