import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { OutboundDelivery } from '../ports/outbox';
import { createAnnouncer } from './announcer';

let testStore: TestStore;
const queued: OutboundDelivery[] = [];

beforeAll(async () => {
  testStore = await createTestStore({ clock: fixedClock('2026-09-01T08:00:00Z') });
  await testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T1', channelId: 'C1', locale: 'pl' },
    ['events', 'grants'],
  );
  await testStore.store.subscriptions.subscribe(
    { platform: 'discord', workspaceId: 'G1', channelId: 'D1', locale: 'en' },
    ['grants'],
  );
});
afterAll(() => testStore.close());

const announcer = () =>
  createAnnouncer({
    store: testStore.store,
    outbox: { enqueueDelivery: async (delivery) => void queued.push(delivery) },
    clusterLocale: 'pl',
  });

describe('the announcer', () => {
  it('claims and queues one delivery per channel subscribed to the topic, in its language', async () => {
    expect(await announcer().announce({ type: 'event-announcement', eventId: 'e1' })).toBe(1);
    expect(queued).toEqual([
      {
        key: 'announce:event:e1:slack:C1',
        platform: 'slack',
        workspaceId: 'T1',
        channelId: 'C1',
        locale: 'pl',
        message: { type: 'event-announcement', eventId: 'e1' },
      },
    ]);
    expect(await testStore.store.deliveries.byKey('announce:event:e1:slack:C1')).toMatchObject({
      state: 'pending',
    });
  });

  it('queues a still pending delivery again when run again, and never one already sent', async () => {
    queued.length = 0;
    expect(await announcer().announce({ type: 'event-announcement', eventId: 'e1' })).toBe(1);
    await testStore.store.deliveries.markSent('announce:event:e1:slack:C1', 'm1');
    expect(await announcer().announce({ type: 'event-announcement', eventId: 'e1' })).toBe(0);
    expect(queued.map((delivery) => delivery.key)).toEqual(['announce:event:e1:slack:C1']);
  });

  it('announces a grant call to the grants subscribers, each extension under a key of its own', async () => {
    queued.length = 0;
    const extension = (to: string) => ({
      type: 'grant-announcement' as const,
      grantId: 'ka220',
      change: 'extended' as const,
      extension: {
        from: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
        to: { local: to, timeZone: 'Europe/Brussels' },
      },
    });
    await announcer().announce({ type: 'grant-announcement', grantId: 'ka220', change: 'added' });
    await announcer().announce(extension('2027-03-19T12:00'));
    await announcer().announce(extension('2027-03-26T12:00'));
    expect(queued.map((delivery) => delivery.key).sort()).toEqual([
      'announce:grant:ka220:added:discord:D1',
      'announce:grant:ka220:added:slack:C1',
      'announce:grant:ka220:extended:2027-03-19T12:00:discord:D1',
      'announce:grant:ka220:extended:2027-03-19T12:00:slack:C1',
      'announce:grant:ka220:extended:2027-03-26T12:00:discord:D1',
      'announce:grant:ka220:extended:2027-03-26T12:00:slack:C1',
    ]);
  });

  it('sends a meeting also to the channel chosen for it, once, in the meeting’s language', async () => {
    queued.length = 0;
    await testStore.store.events.upsert([
      ClusterEvent.parse({
        id: 'glokalm1',
        title: 'Spotkanie partnerów',
        kind: 'meeting',
        timing: {
          allDay: false,
          start: '2026-09-10T08:00:00Z',
          end: '2026-09-10T09:00:00Z',
          timeZone: 'Europe/Warsaw',
        },
        source: 'glokal',
        updatedAt: '2026-09-01T08:00:00Z',
        meeting: {
          online: true,
          announceIn: { platform: 'discord', workspaceId: 'G1', channelId: 'D1' },
          language: 'pl',
          scheduledBy: { platform: 'discord', userId: 'U1' },
        },
      }),
    ]);
    const subject = { type: 'event-announcement', eventId: 'glokalm1' } as const;
    expect(await announcer().announce(subject)).toBe(2);
    expect(
      queued.map((delivery) => `${delivery.key} ${delivery.workspaceId} ${delivery.locale}`),
    ).toEqual([
      'announce:event:glokalm1:slack:C1 T1 pl',
      'announce:event:glokalm1:discord:D1 G1 pl',
    ]);
    await testStore.store.deliveries.markSent('announce:event:glokalm1:discord:D1', 'm2');
    expect(await announcer().announce(subject)).toBe(1);
  });
});
