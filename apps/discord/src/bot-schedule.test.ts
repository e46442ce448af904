import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { fixedClock, type OutboxMessage } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  ephemeralFlag,
  memberPermissions,
  modalFields,
  modalProblems,
  permissionBits,
  type FakeMessage,
  type InteractionActor,
} from '@glokal/testing/discord';
import {
  buttonIds,
  embedText,
  startBotOnFake,
  type BotOnFake,
} from './testing/bot-on-fake.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  on = await startBotOnFake(test.store);
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

const ola: InteractionActor = {
  userId: '4000000000000000101',
  username: 'Ola',
  locale: 'pl',
  permissions: memberPermissions | permissionBits.manageEvents,
};

function buttonLabelled(message: FakeMessage, label: string): string {
  const button = message.components
    .flatMap((row) => row.components)
    .find((candidate) => candidate.label === label);
  if (!button?.custom_id) throw new Error(`no button ${label} among ${buttonIds(message)}`);
  return button.custom_id;
}

async function calendarWrites(): Promise<OutboxMessage[]> {
  return (await test.store.outbox.pending(100))
    .map((entry) => entry.message)
    .filter((message) => message.type === 'calendar-write');
}

describe('/glokal schedule on Discord', () => {
  it('schedules from the first modal, then the other section patches the meeting as revision 2', async () => {
    const shown = await on.openModal(ola, { subcommand: 'schedule' });
    expect(shown.callbackTypes).toEqual([9]);
    expect(modalProblems(shown.modal)).toEqual([]);
    expect(shown.modal.custom_id).toBe('m|meeting-schedule|0|');
    expect(shown.modal.title).toBe('Zaplanuj spotkanie');
    expect(modalFields(shown.modal).map((input) => input.custom_id)).toEqual([
      'title',
      'kind',
      'start',
      'duration',
      'end',
    ]);

    const answer = await on.submit(ola, shown, {
      title: 'Spotkanie zespołu projektu',
      start: '22.06.2026 10:00',
    });
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(embedText(answer.message)).toContain('Zaplanowano „Spotkanie zespołu projektu”');
    const [insert] = await calendarWrites();
    if (insert?.type !== 'calendar-write') throw new Error('no calendar write');
    expect(insert).toMatchObject({ action: 'insert', revision: 1 });
    const id = insert.eventId;
    expect(await test.store.events.byId(id)).toMatchObject({
      source: 'glokal',
      timing: { start: '2026-06-22T08:00:00.000Z', end: '2026-06-22T09:00:00.000Z' },
      meeting: { online: false, scheduledBy: { platform: 'discord', userId: ola.userId } },
    });

    const more = await on.openModal(ola, {
      message: answer.message,
      customId: buttonLabelled(answer.message, 'Więcej pól (2/3)'),
    });
    expect(more.modal.custom_id).toBe(`m|meeting-edit|1|${id}`);
    expect(modalProblems(more.modal)).toEqual([]);
    expect(modalFields(more.modal).map((input) => input.type)).toEqual([4, 4, 5, 8, 3]);
    const edited = await on.submit(ola, more, {
      place: 'online',
      invitees: ['4000000000000000102'],
    });
    expect(embedText(edited.message)).toContain('Zapisano zmiany spotkania');
    expect(await test.store.events.byId(id)).toMatchObject({
      revision: 2,
      meeting: {
        online: true,
        invitees: [{ platform: 'discord', userId: '4000000000000000102' }],
      },
    });
    expect(await calendarWrites()).toEqual([
      insert,
      { type: 'calendar-write', eventId: id, action: 'patch', revision: 2 },
    ]);
    expect(on.fake.problems()).toEqual([]);
  });
});
