import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { anEvent } from '../contract/fixtures';

/** A clock the test moves by hand. */
function steppingClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

describe.each(storeCases())('deliveries, sync state and the audit log on $name', ({ open }) => {
  let opened: OpenedStore;
  const clock = steppingClock('2026-06-01T08:00:00Z');
  beforeAll(async () => {
    opened = await open({ clock });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  const delivery = {
    key: 'announce:event:e1:slack:C1',
    platform: 'slack' as const,
    channelId: 'C1',
  };

  it('claims a delivery key once: the second claim is refused and changes nothing', async () => {
    expect(await opened.store.deliveries.claim(delivery)).toBe(true);
    expect(await opened.store.deliveries.claim({ ...delivery, channelId: 'C2' })).toBe(false);
    expect(await opened.store.deliveries.byKey(delivery.key)).toEqual({
      ...delivery,
      state: 'pending',
      attempts: 0,
      createdAt: new Date('2026-06-01T08:00:00Z'),
      updatedAt: new Date('2026-06-01T08:00:00Z'),
    });
  });

  it('lets only one of many simultaneous claims win', async () => {
    const claims = await Promise.all(
      Array.from({ length: 5 }, () => opened.store.deliveries.claim(delivery)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('marks a delivery sending before each try, counting tries and keeping the first try’s time', async () => {
    await opened.store.deliveries.claim(delivery);
    clock.advance(60_000);
    const first = await opened.store.deliveries.markSending(delivery.key);
    expect(first).toMatchObject({
      state: 'sending',
      attempts: 1,
      sendingSince: new Date('2026-06-01T08:01:00Z'),
    });
    clock.advance(60_000);
    await opened.store.deliveries.recordError(delivery.key, 'socket hang up');
    expect(await opened.store.deliveries.byKey(delivery.key)).toMatchObject({
      state: 'sending',
      lastError: 'socket hang up',
    });
    clock.advance(60_000);
    const second = await opened.store.deliveries.markSending(delivery.key);
    expect(second).toMatchObject({
      state: 'sending',
      attempts: 2,
      sendingSince: new Date('2026-06-01T08:01:00Z'),
      updatedAt: new Date('2026-06-01T08:03:00Z'),
    });
    await opened.store.deliveries.markSent(delivery.key, '1718000000.000100');
    const sent = await opened.store.deliveries.byKey(delivery.key);
    expect(sent).toMatchObject({ state: 'sent', attempts: 2, messageId: '1718000000.000100' });
    expect(sent?.lastError).toBeUndefined();
    expect(sent?.undeliverable).toBeUndefined();
  });

  it('records why a delivery failed, and whether it can never be delivered', async () => {
    await opened.store.deliveries.claim(delivery);
    await opened.store.deliveries.markSending(delivery.key);
    await opened.store.deliveries.markFailed(delivery.key, 'HTTP 503 after 8 tries');
    const exhausted = await opened.store.deliveries.byKey(delivery.key);
    expect(exhausted).toMatchObject({ state: 'failed', lastError: 'HTTP 503 after 8 tries' });
    expect(exhausted?.undeliverable).toBeUndefined();

    const dm = { ...delivery, key: 'remind:grant:g1:slack:D1', channelId: 'D1' };
    await opened.store.deliveries.claim(dm);
    await opened.store.deliveries.markSending(dm.key);
    await opened.store.deliveries.markFailed(dm.key, 'cannot_dm_bot', { undeliverable: true });
    expect(await opened.store.deliveries.byKey(dm.key)).toMatchObject({
      state: 'failed',
      lastError: 'cannot_dm_bot',
      undeliverable: true,
    });
    // A later try (an operator re-queues it) starts over as sending, no longer undeliverable.
    expect((await opened.store.deliveries.markSending(dm.key)).undeliverable).toBeUndefined();
  });

  it('refuses to mark a delivery that was never claimed', async () => {
    await expect(opened.store.deliveries.markSent('never', undefined)).rejects.toThrow(/never/);
    await expect(opened.store.deliveries.markSending('never')).rejects.toThrow(/never/);
    await expect(opened.store.deliveries.recordError('never', 'x')).rejects.toThrow(/never/);
  });

  it('lists failed deliveries, most recently failed first', async () => {
    for (const key of ['a', 'b', 'c']) {
      await opened.store.deliveries.claim({ ...delivery, key });
      clock.advance(1000);
      await opened.store.deliveries.markFailed(key, `boom ${key}`);
    }
    await opened.store.deliveries.markSent('b', 'm1');
    expect((await opened.store.deliveries.failed(10)).map((d) => d.key)).toEqual(['c', 'a']);
    expect((await opened.store.deliveries.failed(1)).map((d) => d.key)).toEqual(['c']);
  });

  it("lists a call's undeliverable reminders by key prefix, not other failures or other calls", async () => {
    const keys = [
      'reminder:ka2:a:person:p1',
      'reminder:ka2:b:person:p2',
      'reminder:ka22:a:person:p3',
      'reminder:ka2:c:slack:C1',
    ];
    for (const key of keys) await opened.store.deliveries.claim({ ...delivery, key });
    await opened.store.deliveries.markFailed(keys[0]!, 'cannot_dm_bot', { undeliverable: true });
    clock.advance(1000);
    await opened.store.deliveries.markFailed(keys[1]!, '50007', { undeliverable: true });
    await opened.store.deliveries.markFailed(keys[2]!, 'cannot_dm_bot', { undeliverable: true });
    await opened.store.deliveries.markFailed(keys[3]!, 'HTTP 500');
    expect(
      (await opened.store.deliveries.undeliverable('reminder:ka2:', 10)).map((d) => d.key),
    ).toEqual([keys[1], keys[0]]);
    expect(await opened.store.deliveries.undeliverable('reminder:ka2%', 10)).toEqual([]);
  });

  it('keeps a sync cursor, records errors beside it and clears them on the next success', async () => {
    const source = 'calendar:cluster@group.calendar.google.com';
    expect(await opened.store.syncState.get(source)).toBeUndefined();
    await opened.store.syncState.recordError('drive', 'HTTP 403', new Date('2026-06-01T09:00:00Z'));
    expect(await opened.store.syncState.get('drive')).toEqual({
      source: 'drive',
      lastError: 'HTTP 403',
      updatedAt: new Date('2026-06-01T09:00:00Z'),
    });
    await opened.store.syncState.saveCursor(source, 'sync-1', new Date('2026-06-01T10:00:00Z'));
    await opened.store.syncState.recordError(source, 'HTTP 503', new Date('2026-06-01T10:05:00Z'));
    expect(await opened.store.syncState.get(source)).toEqual({
      source,
      cursor: 'sync-1',
      lastSuccessAt: new Date('2026-06-01T10:00:00Z'),
      lastError: 'HTTP 503',
      updatedAt: new Date('2026-06-01T10:05:00Z'),
    });
    await opened.store.syncState.saveCursor(source, undefined, new Date('2026-06-01T10:10:00Z'));
    expect(await opened.store.syncState.get(source)).toEqual({
      source,
      lastSuccessAt: new Date('2026-06-01T10:10:00Z'),
      updatedAt: new Date('2026-06-01T10:10:00Z'),
    });
  });

  it('keeps the audit log newest first, with details', async () => {
    await opened.store.audit.record({
      actor: 'slack:U1',
      action: 'grant.add',
      subject: 'grant:ka2',
      at: new Date('2026-06-01T10:00:00Z'),
    });
    await opened.store.audit.record({
      actor: 'import',
      action: 'import.members',
      subject: 'members.csv',
      detail: { rows: 12, names: ['Łódź'] },
      at: new Date('2026-06-01T11:00:00Z'),
    });
    expect(await opened.store.audit.recent(10)).toEqual([
      {
        actor: 'import',
        action: 'import.members',
        subject: 'members.csv',
        detail: { rows: 12, names: ['Łódź'] },
        at: new Date('2026-06-01T11:00:00Z'),
      },
      {
        actor: 'slack:U1',
        action: 'grant.add',
        subject: 'grant:ka2',
        at: new Date('2026-06-01T10:00:00Z'),
      },
    ]);
  });

  it('lands all writes of a transaction or none', async () => {
    await expect(
      opened.transaction(async (store) => {
        await store.events.upsert([anEvent({ id: 'half' })]);
        await store.audit.record({ actor: 't', action: 'a', subject: 's', at: clock.now() });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await opened.store.events.byId('half')).toBeUndefined();
    expect(await opened.store.audit.recent(1)).toEqual([]);
    await opened.transaction((store) => store.events.upsert([anEvent({ id: 'whole' })]));
    expect(await opened.store.events.byId('whole')).toBeDefined();
    expect(await opened.isEmpty()).toBe(false);
  });
});
