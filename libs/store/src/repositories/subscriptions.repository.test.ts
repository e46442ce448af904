import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';

describe.each(storeCases())('subscriptions on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  const channel = {
    platform: 'slack' as const,
    workspaceId: 'T1',
    channelId: 'C-news',
    locale: 'pl' as const,
  };

  it('creates a subscription in the channel’s language and adds topics to it later', async () => {
    expect(await opened.store.subscriptions.subscribe(channel, ['grants'])).toEqual({
      ...channel,
      topics: ['grants'],
    });
    const more = await opened.store.subscriptions.subscribe({ ...channel, locale: 'en' }, [
      'events',
      'grants',
    ]);
    expect(more).toEqual({ ...channel, topics: ['events', 'grants'] });
    expect(await opened.store.subscriptions.forChannel(channel)).toEqual(more);
  });

  it('changes a channel’s language and keeps its topics and reminder offsets', async () => {
    await opened.store.subscriptions.subscribe(channel, ['events', 'grants']);
    await opened.store.subscriptions.setReminderOffsets(channel, { days: [3], hours: [] });
    const english = await opened.store.subscriptions.setLocale(channel, 'en');
    expect(english).toEqual({
      ...channel,
      locale: 'en',
      topics: ['events', 'grants'],
      reminderOffsets: { days: [3], hours: [] },
    });
    expect(await opened.store.subscriptions.forChannel(channel)).toEqual(english);
    expect((await opened.store.subscriptions.forTopic('grants'))[0]?.locale).toBe('en');
    // Another channel of the same platform keeps its own language.
    await opened.store.subscriptions.subscribe({ ...channel, channelId: 'C-other' }, ['events']);
    expect(
      (await opened.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C-other' }))
        ?.locale,
    ).toBe('pl');
    expect(
      await opened.store.subscriptions.setLocale({ platform: 'slack', channelId: 'C-none' }, 'en'),
    ).toBeUndefined();
    expect(
      await opened.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C-none' }),
    ).toBeUndefined();
  });

  it('removes topics and forgets a channel left with none', async () => {
    await opened.store.subscriptions.subscribe(channel, ['events', 'docs', 'digest']);
    expect(await opened.store.subscriptions.unsubscribe(channel, ['docs'])).toEqual({
      ...channel,
      topics: ['events', 'digest'],
    });
    expect(
      await opened.store.subscriptions.unsubscribe(channel, ['events', 'digest']),
    ).toBeUndefined();
    expect(await opened.store.subscriptions.forChannel(channel)).toBeUndefined();
    expect(await opened.store.subscriptions.unsubscribe(channel, ['events'])).toBeUndefined();
  });

  it('keeps the reminder offsets a channel chose, and forgets them when set back to the default', async () => {
    await opened.store.subscriptions.subscribe(channel, ['grants']);
    const chosen = await opened.store.subscriptions.setReminderOffsets(channel, {
      days: [14, 2],
      hours: [5],
    });
    expect(chosen).toEqual({
      ...channel,
      topics: ['grants'],
      reminderOffsets: { days: [14, 2], hours: [5] },
    });
    expect((await opened.store.subscriptions.forTopic('grants'))[0]?.reminderOffsets).toEqual({
      days: [14, 2],
      hours: [5],
    });
    // A new topic keeps them.
    await opened.store.subscriptions.subscribe(channel, ['events']);
    expect((await opened.store.subscriptions.forChannel(channel))?.reminderOffsets).toEqual({
      days: [14, 2],
      hours: [5],
    });
    const back = await opened.store.subscriptions.setReminderOffsets(channel, undefined);
    expect(back).toEqual({ ...channel, topics: ['events', 'grants'] });
    expect(
      await opened.store.subscriptions.setReminderOffsets(
        { platform: 'slack', channelId: 'C-none' },
        { days: [1], hours: [] },
      ),
    ).toBeUndefined();
  });

  it('lists the channels of one topic on both platforms', async () => {
    await opened.store.subscriptions.subscribe(channel, ['events']);
    await opened.store.subscriptions.subscribe(
      { platform: 'discord', workspaceId: 'G1', channelId: 'C-news', locale: 'en' },
      ['events', 'grants'],
    );
    await opened.store.subscriptions.subscribe({ ...channel, channelId: 'C-docs' }, ['docs']);
    const forEvents = await opened.store.subscriptions.forTopic('events');
    expect(forEvents.map((s) => `${s.platform}:${s.channelId}:${s.locale}`)).toEqual([
      'discord:C-news:en',
      'slack:C-news:pl',
    ]);
    expect((await opened.store.subscriptions.forTopic('grants')).map((s) => s.platform)).toEqual([
      'discord',
    ]);
    expect(await opened.store.subscriptions.forTopic('digest')).toEqual([]);
  });

  it('subscribes inside a transaction too', async () => {
    await opened.transaction((store) => store.subscriptions.subscribe(channel, ['digest']));
    expect((await opened.store.subscriptions.forChannel(channel))?.topics).toEqual(['digest']);
  });
});
