import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction, type ChatAction } from '@glokal/chat';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { createTranslator, fixedClock, type ClusterStore } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  ephemeralFlag,
  memberPermissions,
  modalFields,
  modalProblems,
  permissionBits,
  type FakeMessage,
  type InteractionActor,
  type ModalPayload,
} from '@glokal/testing/discord';
import {
  buttonIds,
  embedText,
  startBotOnFake,
  type BotOnFake,
} from './testing/bot-on-fake.fixture';
import { reopenId } from './form-ids';

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

function coordinator(userId: string, locale: string): InteractionActor {
  return {
    userId,
    username: 'Ola',
    locale,
    permissions: memberPermissions | permissionBits.manageEvents,
  };
}
const member: InteractionActor = {
  userId: '4000000000000000009',
  username: 'Tom',
  locale: 'en-US',
};

const newCall = {
  programme: 'Erasmus+ KA2',
  title: 'Partnerships for innovation in VET',
  deadline: '2026-10-15 12:00',
  url: 'https://erasmus-plus.ec.europa.eu/',
};

/** A field of a modal by its custom id. */
function field(modal: ModalPayload, name: string) {
  const found = modalFields(modal).find((candidate) => candidate.custom_id === name);
  if (!found) throw new Error(`no field ${name} in ${modal.custom_id}`);
  return found;
}

function valueOf(modal: ModalPayload, name: string): string | undefined {
  const found = field(modal, name);
  return found.type === 4 ? found.value : undefined;
}

/** The custom id of the first button whose label is `label`. */
function buttonLabelled(message: FakeMessage, label: string | RegExp): string {
  const button = message.components
    .flatMap((row) => row.components)
    .find((candidate) =>
      typeof label === 'string' ? candidate.label === label : label.test(candidate.label ?? ''),
    );
  if (!button?.custom_id) throw new Error(`no button ${String(label)} among ${buttonIds(message)}`);
  return button.custom_id;
}

async function written(store: ClusterStore) {
  return {
    audit: (await store.audit.recent(100)).length,
    outbox: (await store.outbox.pending(100)).length,
  };
}

describe('/glokal grant-add on Discord', () => {
  it('opens a modal as the first and only response for a coordinator, within Discord’s limits', async () => {
    const shown = await on.openModal(coordinator('4000000000000000001', 'pl'), {
      subcommand: 'grant-add',
    });
    expect(shown.callbackTypes).toEqual([9]);
    expect(modalProblems(shown.modal)).toEqual([]);
    expect(shown.modal.custom_id).toBe('m|grant-add|0|');
    expect(shown.modal.title).toBe('Nowy nabór');
    expect(shown.modal.components).toHaveLength(5);
    expect(modalFields(shown.modal).map((input) => input.custom_id)).toEqual([
      'programme',
      'title',
      'deadline',
      'deadlineZone',
      'url',
    ]);
    expect(valueOf(shown.modal, 'deadlineZone')).toBe('Europe/Brussels');
    expect(field(shown.modal, 'title')).toMatchObject({
      style: 1,
      max_length: 500,
      required: true,
    });
    expect(field(shown.modal, 'url')).toMatchObject({ required: false });
    // A label is at most 45 characters; a long hint becomes its first sentence or nothing.
    for (const component of shown.modal.components) {
      if (component.type !== 18) continue;
      expect(component.label.length).toBeLessThanOrEqual(45);
      expect((component.description ?? '').length).toBeLessThanOrEqual(100);
    }
    expect(on.fake.problems()).toEqual([]);
  });

  it('refuses the form to a plain member with a notice, and shows no modal', async () => {
    const answer = await on.ask(member, 'grant-add');
    expect(answer.callbackType).toBe(4);
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(answer.message.embeds[0]?.title).toBe('Coordinators only');
  });

  it.each([
    ['pl', '4000000000000000002', 'nie istnieje w tej strefie: tej nocy zegar przeskakuje'],
    ['en-US', '4000000000000000003', 'does not exist in that zone: the clocks go forward'],
  ])(
    'answers a deadline in the spring DST gap with the field’s error in %s, stores nothing, and Try again reopens what was typed',
    async (locale, userId, text) => {
      const ola = coordinator(userId, locale);
      const before = await written(test.store);
      const shown = await on.openModal(ola, { subcommand: 'grant-add' });
      const typed = { ...newCall, title: `DST ${locale}`, deadline: '2027-03-28 02:30' };
      const answer = await on.submit(ola, shown, typed);
      expect(answer.callbackType).toBe(4);
      expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
      const t = createTranslator(locale === 'pl' ? 'pl' : 'en', 'UTC');
      expect(answer.message.embeds[0]?.title).toBe(t.t('forms:error.title'));
      const shownText = embedText(answer.message);
      expect(shownText).toContain(t.t('forms:grant.deadline.label'));
      expect(shownText).toContain(text);
      expect(shownText).toContain('2027-03-28 02:30');
      expect(await written(test.store)).toEqual(before);
      expect(
        (await test.store.grants.open({ deadlineFrom: SEASON_NOW }, { limit: 100, offset: 0 }))
          .items,
      ).not.toEqual(expect.arrayContaining([expect.objectContaining({ title: `DST ${locale}` })]));

      const again = await on.openModal(ola, {
        message: answer.message,
        customId: buttonLabelled(answer.message, t.t('forms:error.try_again')),
      });
      expect(again.callbackTypes).toEqual([9]);
      expect(again.modal.custom_id).toBe('m|grant-add|0|');
      expect(valueOf(again.modal, 'deadline')).toBe('2027-03-28 02:30');
      expect(valueOf(again.modal, 'title')).toBe(`DST ${locale}`);
      expect(valueOf(again.modal, 'programme')).toBe('Erasmus+ KA2');
      expect(modalProblems(again.modal)).toEqual([]);
    },
  );

  it('stores a good call with its audit entry and outbox message, and offers the other sections', async () => {
    const ola = coordinator('4000000000000000004', 'pl');
    const before = await written(test.store);
    const shown = await on.openModal(ola, { subcommand: 'grant-add' });
    const answer = await on.submit(ola, shown, { ...newCall, title: 'Good call' });
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(embedText(answer.message)).toContain('Dodano nabór „Good call”');

    const [audit] = await test.store.audit.recent(1);
    expect(audit).toMatchObject({ action: 'grant.add', platform: 'discord' });
    const id = audit?.subject ?? '';
    expect(await test.store.grants.byId(id)).toMatchObject({
      title: 'Good call',
      programme: 'Erasmus+ KA2',
      deadline: { local: '2026-10-15T12:00', timeZone: 'Europe/Brussels' },
      url: 'https://erasmus-plus.ec.europa.eu/',
    });
    const pending = await test.store.outbox.pending(100);
    expect(pending.map((entry) => entry.message)).toContainEqual({
      type: 'grant-call-changed',
      grantId: id,
      change: 'added',
    });
    expect(await written(test.store)).toEqual({
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });

    const actions = buttonIds(answer.message)
      .map(decodeAction)
      .filter((action): action is ChatAction => action !== undefined);
    expect(actions).toEqual(
      expect.arrayContaining([
        { type: 'open-form', form: 'grant-edit', subject: id, section: 1 },
        { type: 'open-form', form: 'grant-edit', subject: id, section: 2 },
      ]),
    );

    const more = await on.openModal(ola, {
      message: answer.message,
      customId: buttonLabelled(answer.message, 'Więcej pól (2/3)'),
    });
    expect(more.callbackTypes).toEqual([9]);
    expect(more.modal.custom_id).toBe(`m|grant-edit|1|${id}`);
    expect(modalProblems(more.modal)).toEqual([]);
    const status = field(more.modal, 'status');
    expect(status.type).toBe(3);
    if (status.type === 3) {
      expect(status.options.find((option) => option.default)?.value).toBe('open');
      expect(status.options.map((option) => option.label)).toContain('Otwarty');
    }
    const edited = await on.submit(ola, more, {
      callCode: 'KA220-VET-X',
      funding: 'do 250 000 EUR',
    });
    expect(embedText(edited.message)).toContain('Zapisano zmiany naboru „Good call”');
    expect(await test.store.grants.byId(id)).toMatchObject({
      title: 'Good call',
      callCode: 'KA220-VET-X',
      funding: 'do 250 000 EUR',
      deadline: { local: '2026-10-15T12:00', timeZone: 'Europe/Brussels' },
    });
    expect(on.fake.problems()).toEqual([]);
  });

  it('refuses a plain member’s forged modal submit and stores nothing', async () => {
    const before = await written(test.store);
    const forged = on.fake.forgeModalSubmit(member, 'm|grant-add|0|', {
      ...newCall,
      title: 'Forged call',
      deadlineZone: 'Europe/Brussels',
    });
    await on.fake.waitForCallback(forged);
    const message = await on.fake.waitForOriginal(
      forged,
      (candidate) => candidate.embeds.length > 0,
    );
    expect(message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(message.embeds[0]?.title).toBe('Coordinators only');
    expect(await written(test.store)).toEqual(before);
    const open = await test.store.grants.open(
      { deadlineFrom: SEASON_NOW },
      { limit: 100, offset: 0 },
    );
    expect(open.items.map((call) => call.title)).not.toContain('Forged call');
  });

  it('reopens a form from what is stored when the typed values are gone', async () => {
    const ola = coordinator('4000000000000000007', 'en-US');
    const message = on.fake.state.createMessage(on.fake.channelId, {
      content: 'Check the form',
      flags: ephemeralFlag,
      components: [
        {
          type: 1,
          components: [
            {
              type: 2,
              style: 1,
              label: 'Correct and send again',
              custom_id: reopenId(
                { form: 'grant-edit', section: 0, subject: 'ka220-vet-2026' },
                'goneGoneGone',
              ),
            },
          ],
        },
      ],
    });
    const shown = await on.openModal(ola, {
      message,
      customId: buttonLabelled(message, 'Correct and send again'),
    });
    expect(shown.callbackTypes).toEqual([9]);
    expect(shown.modal.custom_id).toBe('m|grant-edit|0|ka220-vet-2026');
    const stored = await test.store.grants.byId('ka220-vet-2026');
    expect(valueOf(shown.modal, 'title')).toBe(stored?.title);
    expect(valueOf(shown.modal, 'deadline')).toBe(stored?.deadline.local.replace('T', ' '));
  });

  it('refuses a modal id it does not know as out of date', async () => {
    const forged = on.fake.forgeModalSubmit(
      coordinator('4000000000000000005', 'en-US'),
      'm|grant-nope|0|',
      {
        title: 'x',
      },
    );
    const message = await on.fake.waitForOriginal(
      forged,
      (candidate) => candidate.embeds.length > 0,
    );
    expect(message.embeds[0]?.title).toBe(createTranslator('en', 'UTC').t('forms:refused.unknown'));
  });
});

describe('a form that cannot be shown in time', () => {
  let slow: BotOnFake;
  let delayMs = 0;

  /** A store whose people lookups take `delayMs`, longer than the bot waits before “thinking…”. */
  function slowPeople(store: ClusterStore): ClusterStore {
    const people: ClusterStore['people'] = Object.create(store.people) as ClusterStore['people'];
    people.byChatIdentity = async (identity) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return store.people.byChatIdentity(identity);
    };
    return { ...store, people };
  }

  // The slow lookups take twice as long as the bot waits; the quick ones get 800 ms, which a
  // busy machine still meets, and Discord's 3 s leave room for both. No cache of people: every
  // interaction reads the (slow) store.
  beforeAll(async () => {
    slow = await startBotOnFake(slowPeople(test.store), {
      bot: { deferAfterMs: 800, cacheTtlMs: 0 },
    });
  });
  afterAll(async () => slow?.close());

  it('says so after “thinking…”, with a button that opens the form as it was', async () => {
    const ola = coordinator('4000000000000000006', 'en-US');
    delayMs = 1_600;
    const late = await slow.ask(ola, 'grant-add');
    expect(late.callbackType).toBe(5);
    expect(slow.fake.modalOf(late.interaction)).toBeUndefined();
    expect(late.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(late.message.embeds[0]?.title).toBe(
      'The form “New grant call” is ready: open it with the button below.',
    );
    delayMs = 0;
    const reopened = await slow.openModal(ola, {
      message: late.message,
      customId: buttonLabelled(late.message, 'Open the form'),
    });
    expect(reopened.callbackTypes).toEqual([9]);
    expect(reopened.modal.custom_id).toBe('m|grant-add|0|');
    expect(valueOf(reopened.modal, 'deadlineZone')).toBe('Europe/Brussels');
    expect(slow.fake.problems()).toEqual([]);
  });

  it('leaves the message a slow Edit was pressed on as it was, and offers the form in a new one', async () => {
    const ola = coordinator('4000000000000000008', 'en-US');
    delayMs = 0;
    const detail = await slow.ask(ola, 'grant', { name: 'ka220-vet-2026' });
    delayMs = 1_600;
    const press = slow.fake.press(ola, detail.message.id, buttonLabelled(detail.message, 'Edit'));
    const callback = await slow.fake.waitForCallback(press);
    expect(callback.type).toBe(6);
    const offered = await slow.fake.waitFor(
      () =>
        [...slow.fake.state.messages.values()].find(
          (message) =>
            message.id !== detail.message.id && embedText(message).includes('Change the call'),
        ),
      'the form offered in a new message',
    );
    expect(offered.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(slow.fake.message(detail.message.id)?.embeds).toEqual(detail.message.embeds);
    delayMs = 0;
    const reopened = await slow.openModal(ola, {
      message: offered,
      customId: buttonLabelled(offered, 'Open the form'),
    });
    expect(reopened.modal.custom_id).toBe('m|grant-edit|0|ka220-vet-2026');
    expect(slow.fake.problems()).toEqual([]);
  });
});
