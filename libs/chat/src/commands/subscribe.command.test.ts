import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { loadSeason } from '../testing/season.fixture';
import { replyText, requestFor, replyTo } from '../testing/request.fixture';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

/** A coordinator's command in one channel of its own, so each test starts unsubscribed. */
function inChannel(channelId: string, options: Record<string, string>, locale: Locale = 'pl') {
  const request = requestFor('subscribe', options, {
    coordinator: true,
    userId: 'U-COORD',
    locale,
  });
  return replyTo({ ...request, conversation: { workspaceId: 'T-CLUSTER', channelId } }, deps);
}

const channel = (channelId: string) => ({ platform: 'slack' as const, channelId });

async function auditOf(channelId: string) {
  const entries = await deps.store.audit.recent(100);
  return entries.filter((entry) => entry.subject === `slack:${channelId}`);
}

describe('subscribe with no topic', () => {
  it('says a channel gets nothing, with an example, in the asker’s language', async () => {
    const pl = await inChannel('C-EMPTY', {});
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe(
      'Ten kanał nie dostaje żadnych wiadomości.\nPrzykład: /glokal subskrybuj granty',
    );
    const en = await inChannel('C-EMPTY', {}, 'en');
    expect(en.summary).toBe('This channel gets no news.\nExample: /glokal subscribe grants');
    expect(await auditOf('C-EMPTY')).toEqual([]);
  });

  it('lists the topics, their language and the reminder times of grants, with Reminders', async () => {
    await inChannel('C-LIST', { topic: 'events' });
    const events = await inChannel('C-LIST', {}, 'en');
    expect(events.tone).toBe('normal');
    expect(events.summary).toBe('This channel gets: events (in Polish).');
    expect(events.actions).toEqual([]);

    await inChannel('C-LIST', { topic: 'grants' });
    const byDefault = await inChannel('C-LIST', {});
    expect(byDefault.summary).toBe(
      'Ten kanał dostaje: wydarzenia, granty (po polsku).\n' +
        'Przypomnienia o terminach w tym kanale: domyślnie (30d, 14d, 7d, 3d, 1d, 3h).',
    );
    expect(byDefault.actions.map((action) => action.label)).toEqual(['Przypomnienia']);

    await deps.store.subscriptions.setReminderOffsets(channel('C-LIST'), {
      days: [14],
      hours: [3],
    });
    const own = await inChannel('C-LIST', {}, 'en');
    expect(own.summary).toBe(
      'This channel gets: events, grants (in Polish).\n' +
        'Deadline reminders in this channel: 14d, 3h.',
    );
    expect(own.actions).toEqual([
      {
        label: 'Reminders',
        action: {
          type: 'open-form',
          form: 'channel-reminders',
          subject: 'slack:C-LIST',
          section: 0,
        },
      },
    ]);
  });
});

describe('subscribe with a language', () => {
  it('changes the language of a channel already subscribed, says so and audits it', async () => {
    await inChannel('C-LANG', { topic: 'grants' });
    const english = await inChannel('C-LANG', { topic: 'grants', language: 'en' });
    expect(english.summary?.split('\n')).toEqual([
      'Ten kanał dostaje teraz: granty (po angielsku).',
      'Wiadomości na tym kanale są teraz po angielsku.',
      'Przypomnienia o terminach w tym kanale: domyślnie (30d, 14d, 7d, 3d, 1d, 3h).',
    ]);
    expect(english.actions.map((action) => action.label)).toEqual(['Przypomnienia']);
    expect(await deps.store.subscriptions.forChannel(channel('C-LANG'))).toMatchObject({
      locale: 'en',
      topics: ['grants'],
    });
    const [entry] = await auditOf('C-LANG');
    expect(entry).toMatchObject({
      action: 'subscription.language',
      actor: 'Ola Kowalska (slack:U-COORD)',
      before: { locale: 'pl', topics: ['grants'] },
      after: { locale: 'en', topics: ['grants'] },
    });

    const polish = await inChannel('C-LANG', { topic: 'granty', language: 'polski' }, 'en');
    expect(polish.summary?.split('\n').slice(0, 2)).toEqual([
      'This channel now gets: grants (in Polish).',
      "This channel's news is now in Polish.",
    ]);
    expect((await deps.store.subscriptions.forChannel(channel('C-LANG')))?.locale).toBe('pl');
  });

  it('adds a topic in a new language for every topic, and audits it as one subscription', async () => {
    await inChannel('C-BOTH', { topic: 'events' });
    const reply = await inChannel('C-BOTH', { topic: 'docs', language: 'en' }, 'en');
    expect(reply.summary).toBe(
      "This channel now gets: events, documents (in English).\nThis channel's news is now in English.",
    );
    const [latest] = await auditOf('C-BOTH');
    expect(latest).toMatchObject({
      action: 'subscription.add',
      before: { locale: 'pl', topics: ['events'] },
      after: { locale: 'en', topics: ['events', 'docs'] },
    });
  });

  it('keeps the language when none is named, and records nothing when nothing changed', async () => {
    await inChannel('C-SAME', { topic: 'digest', language: 'en' });
    expect(await auditOf('C-SAME')).toHaveLength(1);
    const again = await inChannel('C-SAME', { topic: 'digest' }, 'pl');
    expect(again.summary).toBe('Ten kanał dostaje teraz: podsumowanie tygodnia (po angielsku).');
    const named = await inChannel('C-SAME', { topic: 'digest', language: 'en' });
    expect(replyText(named)).not.toContain('są teraz po');
    expect(await auditOf('C-SAME')).toHaveLength(1);
  });

  it('refuses a language it does not know and changes nothing', async () => {
    await inChannel('C-BAD', { topic: 'events' });
    const bad = await inChannel('C-BAD', { topic: 'events', language: 'klingon' });
    expect(bad.tone).toBe('notice');
    expect(bad.summary).toContain('Nie znam języka „klingon”. Możliwe: pl, en.');
    expect((await deps.store.subscriptions.forChannel(channel('C-BAD')))?.locale).toBe('pl');
  });
});
