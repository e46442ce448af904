import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import { openStore, type OpenedStore } from '../open-store';
import { dropSchema } from '../scratch-store';
import { storeCases } from '../contract/store-cases';
import { anEvent, anOrganisation } from '../contract/fixtures';

const NOW = new Date('2026-06-01T08:00:00Z');

/** The tables a cached reply or person is made from, and some it is not. */
const watched = [
  'events',
  'grant_calls',
  'documents',
  'organisations',
  'subscriptions',
  'people',
  'attendance',
  'follows',
];
const unwatched = ['deliveries', 'sync_state', 'audit_log', 'outbox'];

describe.each(storeCases())('the change version on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock: fixedClock(NOW) });
  });
  afterAll(() => opened.close());
  const version = () => opened.store.changes.version();

  it('goes up once for a transaction that writes several tables, and not for reads', async () => {
    const before = await version();
    await opened.transaction(async (store) => {
      await store.organisations.upsert([anOrganisation({ id: 'o1' })]);
      await store.events.upsert([anEvent({ id: 'e1' }), anEvent({ id: 'e2' })]);
      await store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
      await store.audit.record({ actor: 'test', action: 'test.write', subject: 'e1', at: NOW });
    });
    const after = await version();
    expect(after).toBe(before + 1n);

    await opened.store.events.between(
      { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') },
      { limit: 10, offset: 0 },
    );
    await opened.store.organisations.byId('o1');
    await opened.store.people.byChatIdentity({ platform: 'slack', userId: 'U1' });
    expect(await version()).toBe(after);
  });

  it('is not moved by a transaction that rolls back', async () => {
    const before = await version();
    await expect(
      opened.transaction(async (store) => {
        await store.events.upsert([anEvent({ id: 'e-rolled-back' })]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await version()).toBe(before);
    expect(await opened.store.events.byId('e-rolled-back')).toBeUndefined();
  });

  it.each(watched)('goes up for any write to %s, even plain SQL', async (table) => {
    const before = await version();
    await opened.query(`delete from ${table} where false`);
    expect(await version()).toBe(before + 1n);
  });

  it('stays for writes to the bookkeeping tables no reply is made from', async () => {
    const before = await version();
    for (const table of unwatched) await opened.query(`delete from ${table} where false`);
    await opened.store.syncState.saveCursor('calendar', 'cursor-1', NOW);
    expect(await version()).toBe(before);
  });

  it('inside a transaction, reads its own write', async () => {
    const before = await version();
    const inside = await opened.transaction(async (store) => {
      await store.events.upsert([anEvent({ id: 'e3' })]);
      return store.changes.version();
    });
    expect(inside).toBe(before + 1n);
    expect(await version()).toBe(inside);
  });
});

/** Postgres when `DATABASE_URL` is set: two pools over one schema stand for two processes. */
const postgres = process.env['DATABASE_URL'] ? [{ databaseUrl: process.env['DATABASE_URL'] }] : [];

describe.each(postgres)('the change version across processes on Postgres', ({ databaseUrl }) => {
  const schema = `changes_${randomBytes(5).toString('hex')}`;
  const options = { databaseUrl, schema, clusterTimeZone: 'Europe/Warsaw', clock: fixedClock(NOW) };
  let writer: OpenedStore;
  let reader: OpenedStore;
  beforeAll(async () => {
    writer = await openStore(options);
    reader = await openStore(options);
  });
  afterAll(async () => {
    await dropSchema(writer, schema);
    await Promise.all([writer.close(), reader.close()]);
  });

  it('moves for the other process when the write commits, not before', async () => {
    const before = await reader.store.changes.version();
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const transaction = writer.transaction(async (store) => {
      await store.events.upsert([anEvent({ id: 'e-elsewhere' })]);
      written();
      await committing;
    });
    await wrote;
    expect(await reader.store.changes.version()).toBe(before);
    expect(await reader.store.events.byId('e-elsewhere')).toBeUndefined();
    commit();
    await transaction;
    expect(await reader.store.changes.version()).toBe(before + 1n);
    expect(await reader.store.events.byId('e-elsewhere')).toBeDefined();
  });
});
