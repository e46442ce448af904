import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openStore } from './open-store';
import { dropSchema } from './scratch-store';
import { anOrganisation } from './contract/fixtures';

const tables = [
  'attendance',
  'audit_log',
  'change_version',
  'deliveries',
  'discord_scheduled_events',
  'documents',
  'events',
  'follows',
  'grant_calls',
  'organisations',
  'outbox',
  'people',
  'subscriptions',
  'sync_state',
];

describe('migrations', () => {
  it('are listed once each, in the order their names sort (Kysely runs them by name)', () => {
    const names = migrations.map((migration) => migration.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });
});

describe('migrations from empty on PGlite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'glokal-store-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates every table in a new data directory, and a reopened store keeps its rows', async () => {
    const first = await openStore({ dataDir, clusterTimeZone: 'Europe/Warsaw' });
    expect(first.kind).toBe('pglite');
    expect(await first.isEmpty()).toBe(true);
    const found = await first.query(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely%' order by 1",
    );
    expect(found.map((row) => row['table_name'])).toEqual(tables);
    await first.store.organisations.upsert([anOrganisation({ id: 'kept' })]);
    await first.close();

    const second = await openStore({ dataDir, clusterTimeZone: 'Europe/Warsaw' });
    try {
      expect(await second.store.organisations.byId('kept')).toBeDefined();
      const applied = await second.query('select name from kysely_migration order by name');
      expect(applied.map((row) => row['name'])).toEqual(
        migrations.map((migration) => migration.name),
      );
    } finally {
      await second.close();
    }
    // A fresh PGlite runs initdb, which takes a while on a busy machine.
  }, 60_000);
});

/** Postgres when `DATABASE_URL` is set (CI sets it). */
const postgres = process.env['DATABASE_URL'] ? [{ databaseUrl: process.env['DATABASE_URL'] }] : [];

describe.each(postgres)('migrations from empty on Postgres', ({ databaseUrl }) => {
  it('creates every table in an empty schema, once, however often the store opens', async () => {
    const schema = `migrate_${randomBytes(5).toString('hex')}`;
    const options = { databaseUrl, schema, clusterTimeZone: 'Europe/Warsaw' };
    const [first, second] = await Promise.all([openStore(options), openStore(options)]);
    try {
      expect(first.kind).toBe('postgres');
      const found = await first.query(
        "select table_name from information_schema.tables where table_schema = $1 and table_name not like 'kysely%' order by 1",
        [schema],
      );
      expect(found.map((row) => row['table_name'])).toEqual(tables);
      const applied = await second.query('select name from kysely_migration order by name');
      expect(applied.map((row) => row['name'])).toEqual(
        migrations.map((migration) => migration.name),
      );
      expect(await second.isEmpty()).toBe(true);
    } finally {
      await dropSchema(first, schema);
      await Promise.all([first.close(), second.close()]);
    }
  });
});
