import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';

describe.each(storeCases())('events’ copies in Discord servers on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock: fixedClock('2026-06-01T08:00:00Z') });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('keeps one copy per event and server, replaced when saved again, and forgets one', async () => {
    const copies = opened.store.discordScheduledEvents;
    await copies.save({ eventId: 'e1', guildId: 'g2', scheduledEventId: '11', sent: 'a' });
    await copies.save({ eventId: 'e1', guildId: 'g1', scheduledEventId: '12', sent: 'a' });
    await copies.save({ eventId: 'e1', guildId: 'g2', scheduledEventId: '11', sent: 'b' });
    await copies.save({ eventId: 'e2', guildId: 'g1', scheduledEventId: '13', sent: 'c' });
    expect(await copies.of('e1')).toEqual([
      { eventId: 'e1', guildId: 'g1', scheduledEventId: '12', sent: 'a' },
      { eventId: 'e1', guildId: 'g2', scheduledEventId: '11', sent: 'b' },
    ]);
    expect(await copies.eventIds(10)).toEqual(['e1', 'e2']);
    await copies.forget('e1', 'g1');
    expect((await copies.of('e1')).map((copy) => copy.guildId)).toEqual(['g2']);
    expect(await copies.of('nothing')).toEqual([]);
  });
});
