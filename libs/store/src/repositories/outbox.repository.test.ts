import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock, OutboxMessage } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { anEvent } from '../contract/fixtures';

/** A clock the test moves by hand. */
function steppingClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

const announceEvent = (eventId: string): OutboxMessage => ({
  type: 'announce',
  subject: { type: 'event-announcement', eventId },
});

describe.each(storeCases())('the outbox and transactions on $name', ({ open }) => {
  let opened: OpenedStore;
  const clock = steppingClock('2026-06-01T08:00:00Z');
  beforeAll(async () => {
    opened = await open({ clock });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('keeps one row for a key added twice, with the first message', async () => {
    expect(await opened.store.outbox.add('announce:event:e1', announceEvent('e1'))).toBe(true);
    expect(await opened.store.outbox.add('announce:event:e1', announceEvent('other'))).toBe(false);
    const pending = await opened.store.outbox.pending(10);
    expect(pending).toEqual([
      {
        id: expect.any(Number) as number,
        key: 'announce:event:e1',
        message: announceEvent('e1'),
        createdAt: new Date('2026-06-01T08:00:00Z'),
      },
    ]);
    expect(await opened.query('select count(*)::int as n from outbox')).toEqual([{ n: 1 }]);
  });

  it('lists pending messages oldest first, up to the limit, and drops relayed ones', async () => {
    const extended: OutboxMessage = {
      type: 'grant-call-changed',
      grantId: 'ka2',
      change: 'extended',
      previousDeadline: { local: '2026-03-05T12:00', timeZone: 'Europe/Brussels' },
    };
    await opened.store.outbox.add('a', announceEvent('e1'));
    clock.advance(1000);
    await opened.store.outbox.add('b', extended);
    clock.advance(1000);
    await opened.store.outbox.add('c', announceEvent('e3'));
    const firstTwo = await opened.store.outbox.pending(2);
    expect(firstTwo.map((entry) => entry.key)).toEqual(['a', 'b']);
    expect(firstTwo[1]?.message).toEqual(extended);

    const relayedAt = new Date('2026-06-01T09:00:00Z');
    await opened.store.outbox.markRelayed(
      firstTwo.map((entry) => entry.id),
      relayedAt,
    );
    expect((await opened.store.outbox.pending(10)).map((entry) => entry.key)).toEqual(['c']);
    expect(await opened.query('select key, relayed_at from outbox order by id')).toEqual([
      { key: 'a', relayed_at: relayedAt },
      { key: 'b', relayed_at: relayedAt },
      { key: 'c', relayed_at: null },
    ]);
    await opened.store.outbox.markRelayed([], relayedAt);
  });

  it('leaves a message of a kind it does not know for a newer version, and relays the others', async () => {
    await opened.query(
      `insert into outbox (key, type, message, created_at) values ('later', 'reminder-due', '{"type":"reminder-due"}', now())`,
    );
    await opened.store.outbox.add('announce:event:e1', announceEvent('e1'));
    expect((await opened.store.outbox.pending(10)).map((entry) => entry.key)).toEqual([
      'announce:event:e1',
    ]);
  });

  it('refuses to read a row of a known kind whose message is broken', async () => {
    await opened.query(
      `insert into outbox (key, type, message, created_at) values ('odd', 'announce', '{"type":"announce"}', now())`,
    );
    await expect(opened.store.outbox.pending(10)).rejects.toThrow(/odd/);
  });

  it('leaves neither the change nor its outbox row when the transaction throws', async () => {
    await expect(
      opened.store.transaction(async (store) => {
        await store.events.upsert([anEvent({ id: 'half' })]);
        await store.outbox.add('announce:event:half', announceEvent('half'));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await opened.store.events.byId('half')).toBeUndefined();
    expect(await opened.store.outbox.pending(10)).toEqual([]);

    await opened.store.transaction(async (store) => {
      await store.events.upsert([anEvent({ id: 'whole' })]);
      await store.outbox.add('announce:event:whole', announceEvent('whole'));
    });
    expect(await opened.store.events.byId('whole')).toBeDefined();
    expect((await opened.store.outbox.pending(10)).map((entry) => entry.key)).toEqual([
      'announce:event:whole',
    ]);
  });

  it('runs a nested transaction inside the outer one: a throw after it undoes both', async () => {
    await expect(
      opened.store.transaction(async (outer) => {
        await outer.transaction(async (inner) => {
          await inner.events.upsert([anEvent({ id: 'nested' })]);
          await inner.outbox.add('announce:event:nested', announceEvent('nested'));
        });
        expect(await outer.events.byId('nested')).toBeDefined();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await opened.store.events.byId('nested')).toBeUndefined();
    expect(await opened.store.outbox.pending(10)).toEqual([]);
  });

  it('keeps who, where and the before and after pictures in the audit log, paged newest first', async () => {
    for (const [index, deadline] of ['2026-03-05', '2026-03-12', '2026-03-19'].entries()) {
      await opened.store.audit.record({
        actor: 'Ola Nowak (slack:U1)',
        platform: 'slack',
        action: 'grant.extend',
        subject: 'ka2',
        before: { deadline: `2026-02-2${index}` },
        after: { deadline },
        at: new Date(`2026-06-01T1${index}:00:00Z`),
      });
    }
    const newest = await opened.store.audit.recent(1);
    expect(newest).toEqual([
      {
        actor: 'Ola Nowak (slack:U1)',
        platform: 'slack',
        action: 'grant.extend',
        subject: 'ka2',
        before: { deadline: '2026-02-22' },
        after: { deadline: '2026-03-19' },
        at: new Date('2026-06-01T12:00:00Z'),
      },
    ]);
    const older = await opened.store.audit.recent(5, 1);
    expect(older.map((entry) => entry.after)).toEqual([
      { deadline: '2026-03-12' },
      { deadline: '2026-03-05' },
    ]);
  });
});
