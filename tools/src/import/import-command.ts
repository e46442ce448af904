import { basename } from 'node:path';
import { createTranslator, type Clock } from '@glokal/domain';
import { DataDirInUse, type OpenedStore } from '@glokal/store';
import { checkImport, importKinds, importProblemText, type ImportKind } from '@glokal/chat/import';

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

/**
 * `npm run import -- members|grants file.csv`. Returns the exit code: 0 imported, 1 the file has
 * problems (listed by line, nothing imported), 2 usage or an unreadable file, 3 a running Glokal
 * holds the embedded database (the import is then made from chat).
 */
export async function runImport(args: readonly string[], deps: ImportDeps): Promise<number> {
  const [kindWord, path, ...rest] = args;
  const kind = importKinds.find((known) => known === kindWord);
  if (!kind || !path || rest.length > 0) {
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
  const at = deps.clock.now();
  const checked = checkImport(kind, text, at);
  if (!checked.ok) {
    const count = checked.problems.length;
    deps.print(`${file}: ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`);
    // The command line speaks English, as its usage does.
    const t = createTranslator('en', 'UTC');
    for (const problem of checked.problems) deps.print(`  ${importProblemText(problem, t)}`);
    return 1;
  }
  const { prepared } = checked;
  let opened: OpenedStore;
  try {
    opened = await deps.open();
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    deps.print(
      `A running Glokal (process ${error.pid}) holds the embedded database in ${error.dataDir}: ` +
        `send the file to it from chat instead, as a coordinator: /glokal import ${kind} with the file attached.`,
    );
    return 3;
  }
  try {
    await opened.transaction(async (store) => {
      const told = await prepared.write(store);
      await store.audit.record({
        actor: deps.actor,
        platform: 'import',
        action: `import.${kind satisfies ImportKind}`,
        subject: file,
        detail: { rows: prepared.count },
        at,
      });
      for (const { key, message } of told) await store.outbox.add(key, message);
    });
    deps.print(
      `Imported ${prepared.count} ${prepared.what} from ${file} into the ${opened.kind} store.`,
    );
    return 0;
  } finally {
    await opened.close();
  }
}
