import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from './command';
import type { ChatAction, Reply } from './reply';
import { runAction, type ActionContext } from './run-action';
import { decodeAction, encodeAction } from './actions/action-codec';
import { suggest } from './suggest';
import { parseCommandText } from './parse-text';
import { loadSeason } from './testing/season.fixture';
import { asReply, replyText, requestFor, replyTo } from './testing/request.fixture';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

function context(userId: string, locale: Locale = 'en', coordinator = false): ActionContext {
  const request = requestFor('help', {}, { userId, locale, coordinator });
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale,
    timeZone: request.timeZone,
  };
}

/** Presses a button as a platform would: through its encoded value. */
function press(reply: Reply, label: string, who: ActionContext): Promise<Reply> {
  const found = [...reply.actions, ...reply.items.flatMap((item) => item.actions)].find(
    (action) => action.label === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${replyText(reply)}`);
  const decoded: ChatAction | undefined = decodeAction(encodeAction(found.action));
  if (!decoded) throw new Error('the button did not survive encoding');
  return runAction(decoded, who, deps).then(asReply);
}

describe('buttons', () => {
  it('pages with Next and comes back with Previous', async () => {
    const who = context('U-PAGER');
    const first = await replyTo({ ...requestFor('events', {}, { locale: 'en' }) }, deps);
    const second = await press(first, 'Next', who);
    expect(second.paging).toEqual({ page: 2, pages: 2 });
    const back = await press(second, 'Previous', who);
    expect(back.items.map((item) => item.title)).toEqual(first.items.map((item) => item.title));
  });

  it("opens an event with More, then I'm going counts the person, Maybe and Not going change the answer", async () => {
    const who = context('U-ATTENDEE');
    const list = await replyTo(
      requestFor('events', { period: '2026-06-16' }, { locale: 'en' }),
      deps,
    );
    const detail = await press(list, 'More', who);
    expect(detail.items[0]?.title).toBe('Warsztaty robotyki dla nauczycieli');
    const going = await press(detail, "I'm going", who);
    expect(going.summary).toBe('Done: you are going to “Warsztaty robotyki dla nauczycieli”.');
    expect(going.items[0]?.context).toEqual([
      'Going 1 · Maybe 0 · Not going 0',
      'Your answer: going',
    ]);
    expect(going.actions.map((action) => action.label)).toEqual([
      "I'm going",
      'Maybe',
      'Not going',
    ]);
    expect(going.actions.find((action) => action.style === 'primary')?.label).toBe("I'm going");

    const other = await replyTo(
      requestFor('event', { name: 'e-robotics' }, { userId: 'U-OTHER' }),
      deps,
    );
    expect(other.items[0]?.context).toEqual(['Idzie 1 osoba · Może 0 osób · Nie idzie 0 osób']);
    expect(other.actions.map((action) => action.label)).toEqual(['Idę', 'Może', 'Nie idę']);

    const maybe = await press(going, 'Maybe', who);
    expect(maybe.summary).toBe('Done: you may go to “Warsztaty robotyki dla nauczycieli”.');
    expect(maybe.items[0]?.context).toEqual([
      'Going 0 · Maybe 1 · Not going 0',
      'Your answer: maybe',
    ]);
    expect(maybe.actions.find((action) => action.style === 'primary')?.label).toBe('Maybe');
    const notGoing = await press(maybe, 'Not going', who);
    expect(notGoing.summary).toBe(
      'Done: you are not going to “Warsztaty robotyki dla nauczycieli”.',
    );
    expect(notGoing.items[0]?.context).toEqual([
      'Going 0 · Maybe 0 · Not going 1',
      'Your answer: not going',
    ]);
  });

  it('uses the Polish plurals for each answer', async () => {
    for (const user of ['U-1', 'U-2', 'U-3', 'U-4', 'U-5']) {
      await runAction(
        { type: 'attend', eventId: 'e-conference', answer: 'going' },
        context(user, 'pl'),
        deps,
      );
    }
    const reply = await replyTo(requestFor('event', { name: 'e-conference' }), deps);
    expect(reply.items[0]?.context).toEqual(['Idzie 5 osób · Może 0 osób · Nie idzie 0 osób']);
    await runAction(
      { type: 'attend', eventId: 'e-conference', answer: 'not-going' },
      context('U-5', 'pl'),
      deps,
    );
    await runAction(
      { type: 'attend', eventId: 'e-conference', answer: 'not-going' },
      context('U-4', 'pl'),
      deps,
    );
    expect(
      (await replyTo(requestFor('event', { name: 'e-conference' }), deps)).items[0]?.context,
    ).toEqual(['Idą 3 osoby · Może 0 osób · Nie idą 2 osoby']);
  });

  it("tells the worker of each answer, so the event's reminders follow who is going", async () => {
    const before = (await deps.store.outbox.pending(1000)).length;
    await runAction(
      { type: 'attend', eventId: 'e-conference', answer: 'going' },
      context('U-REMINDED', 'en'),
      deps,
    );
    const pending = await deps.store.outbox.pending(1000);
    expect(pending).toHaveLength(before + 1);
    expect(pending.at(-1)?.message).toEqual({ type: 'event-changed', eventId: 'e-conference' });
  });

  it('follows a grant call from the list and shows it as followed', async () => {
    const who = context('U-FOLLOWER', 'pl');
    const list = await replyTo(
      requestFor('grants', { programme: 'fers' }, { userId: 'U-FOLLOWER' }),
      deps,
    );
    const followed = await press(list, 'Obserwuj', who);
    expect(followed.summary).toBe(
      'Obserwujesz „Kształcenie kadr szkół zawodowych”: przypomnimy o terminie.',
    );
    expect(followed.actions.map((action) => action.label)).toEqual(['Przestań obserwować']);
    const again = await replyTo(
      requestFor('grants', { programme: 'fers' }, { userId: 'U-FOLLOWER' }),
      deps,
    );
    expect(again.items[0]?.actions.map((action) => action.label)).toEqual([
      'Więcej',
      'Przestań obserwować',
    ]);
    expect(again.items[0]?.context).toContain('Obserwujesz: dostaniesz przypomnienia o terminie');
  });

  it('lists the calls a person follows with grants mine, and says how to follow when there are none', async () => {
    const who = context('U-MINE', 'en');
    const none = await replyTo(
      requestFor('grants', { programme: 'mine' }, { userId: 'U-MINE', locale: 'en' }),
      deps,
    );
    expect(none.title).toBe('Grant calls you follow');
    expect(none.summary).toBe(
      'You follow no open grant call.\nOpen a call (/glokal grants, “More”) and press “Follow” to get deadline reminders.',
    );
    const list = await replyTo(
      requestFor('grants', { programme: 'fers' }, { userId: 'U-MINE', locale: 'en' }),
      deps,
    );
    await press(list, 'Follow', who);
    const mine = await replyTo(
      requestFor('grants', { programme: 'moje' }, { userId: 'U-MINE' }),
      deps,
    );
    expect(mine.title).toBe('Obserwowane nabory');
    expect(mine.summary).toBe('1 nabór · przypomnimy Ci o terminach w wiadomości prywatnej');
    expect(mine.items.map((item) => item.title)).toEqual(['Kształcenie kadr szkół zawodowych']);
    expect(mine.items[0]?.actions.map((action) => action.label)).toEqual([
      'Więcej',
      'Przestań obserwować',
    ]);
    // Someone else's list is their own.
    const other = await replyTo(
      requestFor('grants', { programme: 'mine' }, { userId: 'U-SOMEONE-ELSE', locale: 'en' }),
      deps,
    );
    expect(other.items).toEqual([]);
  });

  it('says an event or call is gone when its button is pressed too late', async () => {
    const reply = asReply(
      await runAction(
        { type: 'attend', eventId: 'e-gone', answer: 'going' },
        context('U-LATE'),
        deps,
      ),
    );
    expect(reply.tone).toBe('notice');
    expect(reply.summary).toContain('I found no event “e-gone”.');
  });
});

describe('settings', () => {
  it('shows where the language and zone come from', async () => {
    const reply = await replyTo(requestFor('settings', {}, { userId: 'U-NEW' }), deps);
    expect(replyText(reply)).toContain('Język: polski (z ustawień platformy)');
    expect(replyText(reply)).toContain('Strefa czasowa: Europe/Warsaw (z ustawień platformy)');
    expect(reply.actions.map((action) => action.label)).toEqual(['Switch to English']);
  });

  it('changes the language and answers in the new one', async () => {
    const reply = await replyTo(
      requestFor('settings', { language: 'en' }, { userId: 'U-SWITCH' }),
      deps,
    );
    expect(reply.summary).toBe('Language changed to English.');
    expect(replyText(reply)).toContain('Language: English (your choice)');
    const person = await deps.store.people.byChatIdentity({
      platform: 'slack',
      userId: 'U-SWITCH',
    });
    expect(person?.locale).toBe('en');
  });

  it('changes the time zone and refuses one that does not exist', async () => {
    const reply = await replyTo(
      requestFor('settings', { timezone: 'Europe/Lisbon' }, { userId: 'U-TRAVEL', locale: 'en' }),
      deps,
    );
    expect(reply.summary).toBe('Time zone changed to Europe/Lisbon.');
    expect(replyText(reply)).toContain('Your time now: Fri, 12 Jun 2026, 09:00');
    const bad = await replyTo(
      requestFor('settings', { timezone: 'Europe/Atlantis' }, { userId: 'U-TRAVEL' }),
      deps,
    );
    expect(bad.tone).toBe('notice');
    expect(bad.summary).toContain('Nie znam strefy czasowej „Europe/Atlantis”.');
  });

  it('refuses a language it does not know with an example in the person’s language', async () => {
    const pl = await replyTo(
      requestFor('settings', { language: 'klingoński' }, { userId: 'U-KLINGON' }),
      deps,
    );
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe(
      'Nie znam języka „klingoński”. Możliwe: pl, en.\nPrzykład: /glokal ustawienia język en',
    );
    const en = await replyTo(
      requestFor('settings', { language: 'klingon' }, { userId: 'U-KLINGON', locale: 'en' }),
      deps,
    );
    expect(en.summary).toBe(
      'I do not know the language “klingon”. Choose pl or en.\nExample: /glokal settings language pl',
    );
  });

  it('takes no object key for a setting: constructor and __proto__ are read as zones', async () => {
    for (const line of ['ustawienia constructor', 'ustawienia __proto__', 'settings toString']) {
      const parsed = parseCommandText(line);
      if (!parsed.ok) throw new Error(`not a command: ${line}`);
      const reply = await replyTo(
        requestFor(parsed.command, parsed.options, { userId: 'U-PROTO' }),
        deps,
      );
      expect(reply.tone).toBe('notice');
      expect(reply.summary).toContain('Nie znam strefy czasowej');
    }
    expect(
      await deps.store.people.byChatIdentity({ platform: 'slack', userId: 'U-PROTO' }),
    ).toBeUndefined();
  });

  it('switches language with the button', async () => {
    const reply = asReply(
      await runAction({ type: 'set-locale', locale: 'en' }, context('U-BUTTON', 'pl'), deps),
    );
    expect(reply.summary).toBe('Language changed to English.');
    expect(
      (await deps.store.people.byChatIdentity({ platform: 'slack', userId: 'U-BUTTON' }))?.locale,
    ).toBe('en');
  });
});

describe('subscriptions', () => {
  it('refuses members, in words, and changes nothing', async () => {
    const reply = await replyTo(requestFor('subscribe', { topic: 'grants' }), deps);
    expect(reply.tone).toBe('notice');
    expect(reply.title).toBe('Tylko dla koordynatorów');
    expect(
      await deps.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C-GENERAL' }),
    ).toBeUndefined();
  });

  it('subscribes the channel for a coordinator, in the channel language, and unsubscribes', async () => {
    const coordinator = { coordinator: true, userId: 'U-COORD' };
    const subscribed = await replyTo(
      requestFor('subscribe', { topic: 'granty' }, coordinator),
      deps,
    );
    expect(subscribed.summary?.split('\n')[0]).toBe('Ten kanał dostaje teraz: granty (po polsku).');
    const more = await replyTo(
      requestFor('subscribe', { topic: 'digest' }, { ...coordinator, locale: 'en' }),
      deps,
    );
    expect(more.summary).toMatch(/^This channel now gets: grants, weekly digest/);
    expect(
      await deps.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C-GENERAL' }),
    ).toMatchObject({ topics: ['grants', 'digest'] });

    const left = await replyTo(
      requestFor('unsubscribe', { topic: 'grants' }, { ...coordinator, locale: 'en' }),
      deps,
    );
    expect(left.summary).toBe(
      'This channel no longer gets: grants.\nIt still gets: weekly digest.',
    );
    const nothing = await replyTo(
      requestFor('unsubscribe', { topic: 'grants' }, coordinator),
      deps,
    );
    expect(nothing.summary).toBe('Ten kanał nie dostawał: granty. Nic nie zmieniono.');
    const bad = await replyTo(requestFor('subscribe', { topic: 'memes' }, coordinator), deps);
    expect(bad.summary).toContain('Nie znam tematu „memes”.');
  });
});

describe('suggest', () => {
  it('suggests events by typed words, and the next events when nothing is typed', async () => {
    const typed = await suggest(
      'event',
      'lizbon',
      { locale: 'en', timeZone: 'Europe/Warsaw' },
      deps,
    );
    expect(typed).toEqual([
      { name: 'Wymiana kadry w Lizbonie · Mon, 22 Jun 2026, 11:00–17:00', value: 'e-lisbon' },
    ]);
    const next = await suggest('event', '', { locale: 'pl', timeZone: 'Europe/Warsaw' }, deps);
    expect(next[0]?.value).toBe('e-board');
    expect(next.length).toBeLessThanOrEqual(25);
  });

  it('suggests grant calls with the time left', async () => {
    const calls = await suggest('grant', '', { locale: 'pl', timeZone: 'Europe/Warsaw' }, deps);
    expect(calls[0]).toEqual({
      name: 'Mobilidade de professores · Fundo Lisboa · zostało 8 godzin',
      value: 'lisbon-fund-2026',
    });
    expect(calls.every((call) => call.name.length <= 100 && call.value.length <= 100)).toBe(true);
  });
});
