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
