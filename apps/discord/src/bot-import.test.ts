import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  memberPermissions,
  modalFields,
  modalProblems,
  permissionBits,
  type InteractionActor,
} from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

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

const coordinator: InteractionActor = {
  userId: '5000000000000000001',
  username: 'Ola',
  locale: 'en-US',
  permissions: memberPermissions | permissionBits.manageEvents,
};
const member: InteractionActor = { userId: '5000000000000000002', locale: 'en-US' };

const csv = (id: string) =>
  'id;programme;title;deadline;deadline_time_zone\n' +
  `${id};CERV;Town twinning ${id};2026-09-20 17:00;Europe/Brussels\n`;

/** The answer to `/glokal import` with a file attached, once it has embeds. */
async function importWith(actor: InteractionActor, file: { filename: string; text: string }) {
  const interaction = on.fake.slash(actor, {
    command: 'glokal',
    subcommand: 'import',
    options: { kind: 'grants' },
    attachments: { file },
  });
  await on.fake.waitForCallback(interaction);
  return on.fake.waitForOriginal(interaction, (message) => message.embeds.length > 0);
}

describe('/glokal import on Discord', () => {
  it('registers the file as an attachment option', () => {
    const [root] = on.fake.commands(on.fake.guildId);
    const importing = root?.options?.find((option) => option.name === 'import');
    expect(importing?.options?.find((option) => option.name === 'file')).toMatchObject({
      type: 11,
    });
  });

  it('imports the attached CSV at once for a coordinator', async () => {
    const answer = await importWith(coordinator, { filename: 'calls.csv', text: csv('cerv-att') });
    expect(embedText(answer)).toContain('Imported 1 grant call from calls.csv.');
    expect(await test.store.grants.byId('cerv-att')).toMatchObject({
      programme: 'CERV',
      deadline: { local: '2026-09-20T17:00', timeZone: 'Europe/Brussels' },
    });
  });

  it('refuses the attached file to a plain member and imports nothing', async () => {
    const answer = await importWith(member, { filename: 'calls.csv', text: csv('cerv-member') });
    expect(answer.embeds[0]?.title).toBe('Coordinators only');
    expect(await test.store.grants.byId('cerv-member')).toBeUndefined();
  });

  it('opens the import form without a file, and imports what is pasted into it', async () => {
    const shown = await on.openModal(coordinator, { subcommand: 'import' });
    expect(shown.callbackTypes).toEqual([9]);
    expect(modalProblems(shown.modal)).toEqual([]);
    expect(modalFields(shown.modal).map((field) => [field.custom_id, field.type])).toEqual([
      ['kind', 3],
      ['file', 4],
    ]);
    const answer = await on.submit(coordinator, shown, { kind: 'grants', file: csv('cerv-paste') });
    expect(embedText(answer.message)).toContain('Imported 1 grant call from CSV file.');
    expect(await test.store.grants.byId('cerv-paste')).toBeDefined();
    expect(on.fake.problems()).toEqual([]);
  });
});
