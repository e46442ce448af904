import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
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
