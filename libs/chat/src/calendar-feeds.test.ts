import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from './command';
import type { ChatAction, Reply, ReplyItem } from './reply';
import { runAction, type ActionContext } from './run-action';
import { decodeAction, encodeAction } from './actions/action-codec';
import { loadSeason } from './testing/season.fixture';
import { asReply, replyText, replyTo, requestFor } from './testing/request.fixture';

const PUBLIC_URL = 'https://glokal.example.org';

let test: TestStore;
/** As deployed without `PUBLIC_URL`, and with it. */
let plain: ChatDeps;
let withFeeds: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  plain = await loadSeason(test.store);
  withFeeds = { ...plain, publicUrl: PUBLIC_URL };
});
afterAll(async () => test.close());

function context(userId: string, locale: Locale): ActionContext {
  const request = requestFor('settings', {}, { userId, locale });
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale,
    timeZone: request.timeZone,
  };
}

/** Presses a button as a platform would: through its encoded value. */
async function press(reply: Reply, label: string, who: ActionContext, deps: ChatDeps) {
  const found = [...reply.actions, ...reply.items.flatMap((item) => item.actions)].find(
    (action) => action.label === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${replyText(reply)}`);
  const decoded: ChatAction | undefined = decodeAction(encodeAction(found.action));
  if (!decoded) throw new Error('the button did not survive encoding');
  return asReply(await runAction(decoded, who, deps));
}

function item(reply: Reply, title: string): ReplyItem {
  const found = reply.items.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no item "${title}" in: ${replyText(reply)}`);
  return found;
}

const titles = (reply: Reply) => reply.items.map((candidate) => candidate.title);

/** The token of a personal feed address, checking the address's form on the way. */
function tokenOf(url: string | undefined, locale: Locale): string {
  const match = new RegExp(
    `^${PUBLIC_URL.replaceAll('.', '\\.')}/feeds/p/([A-Za-z0-9_-]{32})\\.ics\\?lang=${locale}$`,
  ).exec(url ?? '');
  if (!match?.[1]) throw new Error(`not a personal feed address: ${url}`);
  return match[1];
}

describe('the personal feed in settings', () => {
  it('is not shown, and nobody is stored, when the public port has no address', async () => {
    const reply = await replyTo(requestFor('settings', {}, { userId: 'U-NO-FEEDS' }), plain);
    expect(titles(reply)).toHaveLength(1);
    expect(replyText(reply)).not.toContain('ICS');
    expect(
      await test.store.people.byChatIdentity({ platform: 'slack', userId: 'U-NO-FEEDS' }),
    ).toBeUndefined();
  });

  it('shows the person their own address, made on first ask and the same after, with Renew', async () => {
    const first = await replyTo(requestFor('settings', {}, { userId: 'U-FEED' }), withFeeds);
    const feed = item(first, 'Twój kalendarz (ICS)');
    const token = tokenOf(feed.url, 'pl');
    expect(feed.text).toContain('Dodaj ten adres w aplikacji kalendarza');
    expect(feed.context).toEqual(['Ktoś poznał adres? Odnów go: stary przestanie działać.']);
    expect(feed.actions).toEqual([
      { label: 'Odnów adres kalendarza', action: { type: 'renew-feed' }, style: 'danger' },
    ]);

    const person = await test.store.people.byChatIdentity({ platform: 'slack', userId: 'U-FEED' });
    expect(person && (await test.store.feedTokens.personOf(token))).toBe(person?.id);
    const again = await replyTo(requestFor('settings', {}, { userId: 'U-FEED' }), withFeeds);
    expect(item(again, 'Twój kalendarz (ICS)').url).toBe(feed.url);
  });

  it('speaks English, with the feed in English, and keeps it after a change of language', async () => {
    const en = await replyTo(
      requestFor('settings', {}, { userId: 'U-FEED-EN', locale: 'en' }),
      withFeeds,
    );
    const feed = item(en, 'Your calendar (ICS)');
    tokenOf(feed.url, 'en');
    expect(feed.actions.map((action) => action.label)).toEqual(['Renew calendar address']);

    const switched = await press(en, 'Przełącz na polski', context('U-FEED-EN', 'en'), withFeeds);
    expect(tokenOf(item(switched, 'Twój kalendarz (ICS)').url, 'pl')).toBe(tokenOf(feed.url, 'en'));
  });

  it('renews the address with the button, so the old one opens nothing, and audits it without the token', async () => {
    const who = context('U-RENEW', 'en');
    const shown = await replyTo(
      requestFor('settings', {}, { userId: 'U-RENEW', locale: 'en' }),
      withFeeds,
    );
    const old = tokenOf(item(shown, 'Your calendar (ICS)').url, 'en');

    const renewed = await press(shown, 'Renew calendar address', who, withFeeds);
    expect(renewed.summary).toBe(
      'Done: your calendar has a new address and the old one no longer works. Put the new one in your calendar app.',
    );
    const fresh = tokenOf(item(renewed, 'Your calendar (ICS)').url, 'en');
    expect(fresh).not.toBe(old);
    const person = await test.store.people.byChatIdentity({ platform: 'slack', userId: 'U-RENEW' });
    expect(await test.store.feedTokens.personOf(old)).toBeUndefined();
    expect(await test.store.feedTokens.personOf(fresh)).toBe(person?.id);

    const [entry] = await test.store.audit.recent(1);
    expect(entry).toMatchObject({
      action: 'feed.renew',
      subject: person?.id,
      actor: 'Ola Kowalska (slack:U-RENEW)',
      platform: 'slack',
    });
    expect(JSON.stringify(entry)).not.toContain(fresh);
    expect(JSON.stringify(entry)).not.toContain(old);
  });
});

/** The Google Calendar template a link opens, by parameter. */
function template(url: string | undefined) {
  const link = new URL(url ?? '');
  expect(`${link.origin}${link.pathname}`).toBe('https://calendar.google.com/calendar/render');
  return Object.fromEntries(link.searchParams);
}

describe('add to calendar', () => {
  it('links a timed event to Google Calendar in UTC, and to the events feed, in Polish', async () => {
    const reply = await replyTo(requestFor('event', { name: 'e-lisbon' }), withFeeds);
    expect(template(item(reply, 'Dodaj do Kalendarza Google').url)).toEqual({
      action: 'TEMPLATE',
      text: 'Wymiana kadry w Lizbonie',
      dates: '20260622T090000Z/20260622T150000Z',
      location: 'Escola Profissional de Lisboa',
    });
    const feed = item(reply, 'Subskrybuj wydarzenia klastra (ICS)');
    expect(feed.url).toBe(`${PUBLIC_URL}/feeds/events.ics?lang=pl`);
    expect(feed.context).toEqual(['Adres dla aplikacji kalendarza; sam się aktualizuje.']);
  });

  it('gives an all-day event dates, in English', async () => {
    const reply = await replyTo(
      requestFor('event', { name: 'e-conference' }, { locale: 'en' }),
      withFeeds,
    );
    expect(template(item(reply, 'Add to Google Calendar').url)).toMatchObject({
      text: 'Konferencja „Szkoła jutra”',
      dates: '20260618/20260620',
      location: 'EC1 Łódź',
    });
    expect(item(reply, 'Subscribe to cluster events (ICS)').url).toBe(
      `${PUBLIC_URL}/feeds/events.ics?lang=en`,
    );
  });

  it('offers no Google Calendar entry for a cancelled event, and no feed without an address', async () => {
    const cancelled = await replyTo(requestFor('event', { name: 'e-cancelled' }), withFeeds);
    expect(titles(cancelled)).not.toContain('Dodaj do Kalendarza Google');
    expect(titles(cancelled)).toContain('Subskrybuj wydarzenia klastra (ICS)');
    const plainReply = await replyTo(requestFor('event', { name: 'e-lisbon' }), plain);
    expect(titles(plainReply)).toEqual(['Wymiana kadry w Lizbonie', 'Dodaj do Kalendarza Google']);
  });

  it("links a call's deadline as its instant, and the deadlines feed, in both languages", async () => {
    const pl = await replyTo(requestFor('grant', { name: 'ka220-vet-2026' }), withFeeds);
    // 12:00 in Brussels on 1 October is 10:00 UTC (CEST).
    expect(template(item(pl, 'Dodaj do Kalendarza Google').url)).toEqual({
      action: 'TEMPLATE',
      text: 'Termin: Partnerstwa współpracy w kształceniu zawodowym (Erasmus+)',
      dates: '20261001T100000Z/20261001T100000Z',
      details: 'https://erasmus-plus.ec.europa.eu/',
    });
    expect(item(pl, 'Subskrybuj terminy naborów (ICS)').url).toBe(
      `${PUBLIC_URL}/feeds/deadlines.ics?lang=pl`,
    );

    const en = await replyTo(
      requestFor('grant', { name: 'ka220-vet-2026' }, { locale: 'en' }),
      withFeeds,
    );
    expect(template(item(en, 'Add to Google Calendar').url).text).toBe(
      'Deadline: Partnerstwa współpracy w kształceniu zawodowym (Erasmus+)',
    );
    expect(item(en, 'Subscribe to grant deadlines (ICS)').url).toBe(
      `${PUBLIC_URL}/feeds/deadlines.ics?lang=en`,
    );
  });

  it('offers no Google Calendar entry for a closed call', async () => {
    const closed = await replyTo(requestFor('grant', { name: 'interreg-closed' }), plain);
    expect(titles(closed)).toEqual(['Zamknięty nabór']);
  });
});
