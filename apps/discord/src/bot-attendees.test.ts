import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { encodeAction } from '@glokal/chat';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  fakeCoordinatorRoleId,
  memberPermissions,
  permissionBits,
  type InteractionActor,
} from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  on = await startBotOnFake(test.store, { coordinatorRole: fakeCoordinatorRoleId });
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

const ola: InteractionActor = { userId: '3100000000000000001', username: 'Ola', locale: 'pl' };
const coordinator: InteractionActor = {
  userId: '3100000000000000002',
  username: 'Kasia',
  locale: 'pl',
  permissions: memberPermissions | permissionBits.manageEvents,
};

describe('attendance lists on Discord', () => {
  it('lists who answered for a coordinator and attaches the CSV to the reply', async () => {
    const detail = await on.ask(ola, 'event', { name: 'e-robotics' });
    await on.press(
      ola,
      detail.message,
      encodeAction({ type: 'attend', eventId: 'e-robotics', answer: 'going' }),
    );

    const asCoordinator = await on.ask(coordinator, 'event', { name: 'e-robotics' });
    const list = await on.press(
      coordinator,
      asCoordinator.message,
      encodeAction({ type: 'attendees', eventId: 'e-robotics', page: 1 }),
    );
    expect(embedText(list.message)).toContain('Ola');
    expect(embedText(list.message)).toContain('1 osoba odpowiedziała');

    const exported = await on.press(
      coordinator,
      list.message,
      encodeAction({ type: 'attendees-csv', eventId: 'e-robotics' }),
    );
    const message = on.fake.message(exported.message.id) ?? exported.message;
    expect(message.attachments.map((attachment) => attachment['filename'])).toEqual([
      'uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv',
    ]);
    const url = String(message.attachments[0]?.['url']);
    const text = await (await fetch(url)).text();
    const rows: string[][] = parse(text, { bom: true });
    expect(rows).toEqual([
      ['Imię i nazwisko', 'Organizacja', 'Platforma', 'Odpowiedź', 'Data odpowiedzi'],
      [
        'Ola',
        '',
        'Discord',
        'going',
        expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/),
      ],
    ]);
    expect(on.fake.problems()).toEqual([]);
  });

  it('refuses a forged Export CSV to a member and attaches nothing', async () => {
    const detail = await on.ask(ola, 'event', { name: 'e-robotics' });
    const refused = await on.press(
      ola,
      detail.message,
      encodeAction({ type: 'attendees-csv', eventId: 'e-robotics' }),
    );
    expect(embedText(refused.message)).toContain('Tylko dla koordynatorów');
    expect((on.fake.message(refused.message.id) ?? refused.message).attachments).toEqual([]);
  });
});
