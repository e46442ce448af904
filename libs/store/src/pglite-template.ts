import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import { migrations } from './migrations';
import { pgliteOptions } from './pglite-settings';
import { migrateToLatest } from './migrate';

/**
 * A fresh PGlite spends most of its start in initdb (seconds on a busy machine); loading a
 * dump of an already migrated one is several times faster. The dump is kept in the system's
 * temporary folder, named by the migrations' code and the PGlite build, so every test process
 * makes it at most once and a changed migration makes a new one.
 */
async function templateFile(): Promise<string> {
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const built = await stat(pgliteEntry);
  const key = createHash('sha256')
    .update(`${pgliteEntry}:${built.size}:${built.mtimeMs}`)
    .update(
      migrations.map(({ name, migration }) => `${name}:${migration.up.toString()}`).join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `glokal-pglite-template-${key}.tar`);
}

async function makeTemplate(file: string): Promise<Blob> {
  const pglite = await PGlite.create(pgliteOptions());
  try {
    await migrateToLatest(new Kysely<unknown>({ dialect: new PGliteDialect(pglite) }));
    const dump = await pglite.dumpDataDir('none');
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  } finally {
    await pglite.close();
  }
}

let template: Promise<Blob> | undefined;

/** The dump of an empty, migrated PGlite data directory (read once per process). */
export function migratedPgliteDump(): Promise<Blob> {
  template ??= (async () => {
    const file = await templateFile();
    try {
      return new Blob([new Uint8Array(await readFile(file))]);
    } catch {
      return makeTemplate(file);
    }
  })().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  return template;
}

/** A new in-memory PGlite with every migration applied. */
export async function migratedPglite(): Promise<PGlite> {
  return PGlite.create(pgliteOptions({ loadDataDir: await migratedPgliteDump() }));
}
