import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterEvent, Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import type { ChatJobs } from '../jobs';
import { runAction, type ActionContext } from '../run-action';
import { loadSeason, seasonEvent, SEASON_ZONE } from '../testing/season.fixture';
import { asReply, replyText, replyTo, requestFor } from '../testing/request.fixture';

let test: TestStore | undefined;
let deps: ChatDeps;
let relayed: number;

beforeEach(async () => {
  await test?.close();
  test = await createTestStore();
  relayed = 0;
  const jobs: ChatJobs = { relayNow: async () => void (relayed += 1) };
  deps = { ...(await loadSeason(test.store)), jobs };
});
afterAll(async () => test?.close());

/** A meeting scheduled from chat, changed once, whose second write Google refused for good. */
function failedMeeting(
  failure: Partial<NonNullable<ClusterEvent['calendarWriteError']>> = {},
  fields: object = {},
): ClusterEvent {
  return seasonEvent({
    id: 'glokalpartners1',
    title: 'Partners meeting',
    kind: 'meeting',
    source: 'glokal',
    revision: 2,
    timing: {
      allDay: false,
      start: '2026-06-22T08:00:00Z',
      end: '2026-06-22T09:30:00Z',
      timeZone: SEASON_ZONE,
    },
    meeting: { online: true, scheduledBy: { platform: 'slack', userId: 'U-COORD' } },
    calendarWriteError: {
      action: 'patch',
      code: 'forbidden',
      message: 'HTTP 403 requiredAccessLevel: You need to have writer access to this calendar.',
      at: '2026-06-12T08:05:00Z',
      ...failure,
    },
    ...fields,
  });
}

const viewer = (coordinator: boolean, locale: Locale = 'en') =>
  requestFor('event', { name: 'glokalpartners1' }, { coordinator, locale, userId: 'U-COORD' });

function pressing(coordinator: boolean, locale: Locale = 'en'): ActionContext {
  const request = viewer(coordinator, locale);
  return { ...request, locale, timeZone: request.timeZone };
}

const retry = { type: 'retry-calendar-write', eventId: 'glokalpartners1' } as const;

async function calendarWrites() {
  return (await deps.store.outbox.pending(100)).filter(
    (entry) => entry.message.type === 'calendar-write',
  );
}

describe('a meeting Google Calendar did not take', () => {
  it('tells a coordinator in words what failed and what to do, in their language, with Retry', async () => {
    await deps.store.events.upsert([failedMeeting()]);
    const en = await replyTo(viewer(true), deps);
    const item = en.items.find((each) => each.title.includes('Google Calendar'));
    expect(item?.title).toBe('The last change did not reach Google Calendar');
    expect(item?.text).toBe(
      "Glokal may not write to the cluster's calendar. Share it with Glokal's account with “Make changes to events”, then press Retry.",
    );
    expect(item?.context).toEqual([
      'Failed write: Fri, 12 Jun 2026, 10:05',
      'Google: HTTP 403 requiredAccessLevel: You need to have writer access to this calendar.',
    ]);
    expect(item?.actions).toEqual([{ label: 'Retry', action: retry, style: 'primary' }]);

    const pl = replyText(await replyTo(viewer(true, 'pl'), deps));
    expect(pl).toContain('Ostatnia zmiana nie dotarła do Kalendarza Google');
    expect(pl).toContain('Udostępnij go kontu Glokala');
    expect(pl).toContain('[Ponów]');
  });

  it('says what each failure needs: wait for a busy Google, ask for the log of anything else', async () => {
    await deps.store.events.upsert([failedMeeting({ action: 'insert', code: 'unavailable' })]);
    const busy = replyText(await replyTo(viewer(true), deps));
    expect(busy).toContain('This meeting is not in Google Calendar');
    expect(busy).toContain('Google was unavailable. Press Retry in a few minutes.');

    await deps.store.events.upsert([
      failedMeeting({ action: 'insert', code: 'unknown', message: 'no calendar to write to' }),
    ]);
    const unknown = replyText(await replyTo(viewer(true, 'pl'), deps));
    expect(unknown).toContain('Tego spotkania nie ma w Kalendarzu Google');
    expect(unknown).toContain('o sprawdzenie dziennika workera');
  });

  it('shows a failed cancellation on the cancelled meeting too', async () => {
    await deps.store.events.upsert([
      failedMeeting({ action: 'cancel' }, { status: 'cancelled', revision: 3 }),
    ]);
    const reply = await replyTo(viewer(true), deps);
    expect(replyText(reply)).toContain(
      'The cancellation did not reach Google Calendar: it still shows the meeting',
    );
    expect(replyText(reply)).toContain('[Retry]');
  });

  it('shows a plain member nothing of it', async () => {
    await deps.store.events.upsert([failedMeeting()]);
    const text = replyText(await replyTo(viewer(false), deps));
    expect(text).not.toContain('did not reach Google Calendar');
    expect(text).not.toContain('[Retry]');
  });

  it('shows nothing once the calendar has the meeting', async () => {
    const { calendarWriteError: _written, ...written } = failedMeeting();
    await deps.store.events.upsert([seasonEvent(written)]);
    expect(replyText(await replyTo(viewer(true), deps))).not.toContain('[Retry]');
  });
});

describe('Retry', () => {
  it('records one new write of the same revision under a key of its own, audited, and wakes the worker', async () => {
    await deps.store.outbox.add('calendar-write:glokalpartners1:2', {
      type: 'calendar-write',
      eventId: 'glokalpartners1',
      action: 'patch',
      revision: 2,
    });
    await deps.store.events.upsert([failedMeeting()]);
    const reply = asReply(await runAction(retry, pressing(true), deps));
    expect(reply.summary).toBe(
      'Glokal is writing “Partners meeting” to Google Calendar again. If it fails again, you will see it here.',
    );
    expect(replyText(reply)).not.toContain('[Retry]');

    const writes = await calendarWrites();
    expect(writes.map((entry) => entry.message)).toEqual([
      { type: 'calendar-write', eventId: 'glokalpartners1', action: 'patch', revision: 2 },
      { type: 'calendar-write', eventId: 'glokalpartners1', action: 'patch', revision: 2 },
    ]);
    expect(writes[1]?.key).not.toBe(writes[0]?.key);
    expect(writes[1]?.key.startsWith('calendar-write:glokalpartners1:2:')).toBe(true);
    expect(relayed).toBe(1);

    const stored = await deps.store.events.byId('glokalpartners1');
    expect(stored?.calendarWriteError).toBeUndefined();
    expect(stored?.revision).toBe(2);
    const [audit] = await deps.store.audit.recent(1);
    expect(audit).toMatchObject({
      action: 'event.calendar-write-retry',
      subject: 'glokalpartners1',
      actor: 'Ola Kowalska (slack:U-COORD)',
      detail: { action: 'patch', revision: 2, failed: 'forbidden' },
    });
  });

  it('records nothing when pressed again, and says why in the person’s language', async () => {
    await deps.store.events.upsert([failedMeeting()]);
    await runAction(retry, pressing(true), deps);
    const again = asReply(await runAction(retry, pressing(true, 'pl'), deps));
    expect(again.summary).toBe(
      '„Partners meeting” nie czeka na ponowienie: kalendarz ma już ostatni zapis albo zapis trwa.',
    );
    expect(await calendarWrites()).toHaveLength(1);
    expect(relayed).toBe(1);
  });

  it('cancels again a cancelled meeting whatever write failed', async () => {
    await deps.store.events.upsert([
      failedMeeting({ action: 'patch' }, { status: 'cancelled', revision: 3 }),
    ]);
    await runAction(retry, pressing(true), deps);
    expect((await calendarWrites()).map((entry) => entry.message)).toEqual([
      { type: 'calendar-write', eventId: 'glokalpartners1', action: 'cancel', revision: 3 },
    ]);
  });

  it('is refused to a plain member, whatever the button says, and records nothing', async () => {
    await deps.store.events.upsert([failedMeeting()]);
    const refused = asReply(await runAction(retry, pressing(false), deps));
    expect(refused.refusal).toBe('coordinator-only');
    expect(await calendarWrites()).toEqual([]);
    expect((await deps.store.events.byId('glokalpartners1'))?.calendarWriteError).toBeDefined();
    expect(relayed).toBe(0);
  });

  it('says a meeting that is gone is not found', async () => {
    const gone = asReply(await runAction(retry, pressing(true), deps));
    expect(gone.refusal).toBe('not-found');
    expect(await calendarWrites()).toEqual([]);
  });
});
