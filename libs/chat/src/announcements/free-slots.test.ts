import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { isFormOpening } from '../forms/form';
import { runAction } from '../run-action';
import { decodeAction, encodeAction } from '../actions/action-codec';
import { loadSeason } from '../testing/season.fixture';
import { replyText, requestFor } from '../testing/request.fixture';
import type { AnnouncementMessage } from './announcement-message';
import { composeDelivery } from './compose-delivery';
import { freeSlotsReply } from './free-slots';

let test: TestStore;
let deps: ChatDeps;
beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

const found: Extract<AnnouncementMessage, { type: 'free-slots' }> = {
  type: 'free-slots',
  lengthMinutes: 60,
  viewerZone: 'Europe/Lisbon',
  slots: [
    {
      start: '2026-12-07T10:30:00.000Z',
      end: '2026-12-07T11:30:00.000Z',
      clashes: ['Seminarium Erasmus+', ''],
    },
    { start: '2026-12-07T12:00:00.000Z', end: '2026-12-07T13:00:00.000Z', clashes: [] },
  ],
  notChecked: 2,
  calendarChecked: true,
};

function context(coordinator: boolean) {
  const request = requestFor('help', {}, { userId: 'U-KOORD', locale: 'en', coordinator });
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale: 'en' as const,
    timeZone: 'Europe/Lisbon',
  };
}

describe('suggested free times, by DM to the coordinator', () => {
  it('lists each time in the coordinator’s zone with the cluster events it overlaps', async () => {
    const reply = await composeDelivery(found, 'en', deps);
    if (!reply) throw new Error('no reply');
    expect(reply.title).toBe('Free times for a meeting (60 min)');
    expect(reply.summary).toContain('Times: Lisbon.');
    expect(reply.summary).toContain('2 invitees were not checked');
    expect(reply.items).toHaveLength(2);
    // 10:30 UTC is 10:30 in Lisbon in December.
    expect(reply.items[0]?.title).toMatch(/10:30/);
    expect(reply.items[0]?.context).toEqual([
      'Overlaps: Seminarium Erasmus+, a busy time in the cluster calendar',
    ]);
    expect(reply.items[1]?.context).toEqual([]);
  });

  it('says so in Polish when the meeting is longer than a working day', () => {
    const reply = freeSlotsReply(
      {
        ...found,
        slots: [],
        problem: 'longer-than-working-day',
        workingDayMinutes: 480,
        lengthMinutes: 540,
      },
      createTranslator('pl', 'Europe/Warsaw'),
    );
    expect(replyText(reply)).toContain(
      'Spotkanie na 540 min nie zmieści się w jednym dniu pracy (480 min).',
    );
    expect(reply.items).toEqual([]);
  });

  it('opens the schedule form at that time and length for a coordinator, and for nobody else', async () => {
    const reply = freeSlotsReply(found, createTranslator('en', 'Europe/Lisbon'));
    const action = reply.items[0]?.actions[0]?.action;
    if (!action) throw new Error('no button');
    expect(reply.items[0]?.actions[0]?.label).toBe('Schedule at this time');
    const pressed = decodeAction(encodeAction(action));
    if (!pressed) throw new Error('the button did not survive encoding');
    const opened = await runAction(pressed, context(true), deps);
    if (!isFormOpening(opened)) throw new Error('no form opened');
    expect(opened.form.id).toBe('meeting-schedule');
    expect(opened.values).toMatchObject({
      kind: 'meeting',
      start: '2026-12-07 10:30',
      duration: '60 min',
    });
    const refused = await runAction(pressed, context(false), deps);
    expect(isFormOpening(refused)).toBe(false);
  });
});
