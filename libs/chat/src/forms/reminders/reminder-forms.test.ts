import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../../command';
import type { ChatJobs } from '../../jobs';
import { runAction } from '../../run-action';
import { runCommand } from '../../run-command';
import type { Reply } from '../../reply';
import { loadSeason, SEASON_NOW } from '../../testing/season.fixture';
import { asReply, replyText, requestFor } from '../../testing/request.fixture';
import { isFormOpening, type FormContext } from '../form';
import { localisedErrors, localisedForm } from '../localise-form';
import { submitForm } from '../submit-form';

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

function who(options: { coordinator?: boolean; locale?: Locale } = {}): FormContext {
  const request = requestFor(
    'grant',
    {},
    { coordinator: options.coordinator ?? true, locale: options.locale ?? 'en', userId: 'U-CO' },
  );
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale: request.locale,
    timeZone: request.timeZone,
    now: SEASON_NOW,
  };
}

function button(reply: Reply, label: string) {
  const found = reply.actions.find((action) => action.label === label);
  if (!found) throw new Error(`no "${label}" in: ${replyText(reply)}`);
  return found.action;
}

const messagesOf = async () =>
  (await deps.store.outbox.pending(2000)).map((entry) => entry.message);

describe("a call's own reminder times", () => {
  it('are offered to coordinators on the call, start from the default, and re-plan the call when saved', async () => {
    const context = who();
    const detail = asReply(
      await runCommand(
        { ...requestFor('grant', { name: 'ka220-vet-2026' }), ...context, command: 'grant' },
        deps,
      ),
    );
    const opened = await runAction(button(detail, 'Reminders'), context, deps);
    if (!isFormOpening(opened)) throw new Error('expected the reminders form');
    const form = localisedForm(opened, createTranslator('en', 'Europe/Warsaw'));
    expect(form.title).toBe('Deadline reminders');
    expect(form.sections.flat().map((field) => [field.label, field.initial])).toEqual([
      ['When to remind', undefined],
    ]);

    const outcome = await submitForm(
      { form: 'grant-reminders', subject: 'ka220-vet-2026' },
      { offsets: '60 dni, 30d, 7d i 2 godz' },
      context,
      deps,
    );
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.reply.summary).toBe(
      'Reminders of “Partnerstwa współpracy w kształceniu zawodowym”: 60d, 30d, 7d, 2h.',
    );
    expect((await deps.store.grants.byId('ka220-vet-2026'))?.reminderOffsets).toEqual({
      days: [60, 30, 7],
      hours: [2],
    });
    expect(await messagesOf()).toEqual([
      { type: 'grant-call-changed', grantId: 'ka220-vet-2026', change: 'edited' },
    ]);
    expect(relayed).toBe(1);
    expect((await deps.store.audit.recent(1))[0]).toMatchObject({ action: 'grant.reminders' });

    // Opened again, it shows what was chosen; emptied, it is the default again.
    const again = await runAction(button(detail, 'Reminders'), context, deps);
    expect(isFormOpening(again) && again.values['offsets']).toBe('60d, 30d, 7d, 2h');
    const back = await submitForm(
      { form: 'grant-reminders', subject: 'ka220-vet-2026' },
      { offsets: '' },
      context,
      deps,
    );
    expect(back.type === 'done' && back.reply.summary).toBe(
      'Reminders of “Partnerstwa współpracy w kształceniu zawodowym”: the default (30d, 14d, 7d, 3d, 1d, 3h).',
    );
    expect((await deps.store.grants.byId('ka220-vet-2026'))?.reminderOffsets).toBeUndefined();
  });

  it('says in Polish what cannot be read, and stores nothing', async () => {
    const context = who({ locale: 'pl' });
    const outcome = await submitForm(
      { form: 'grant-reminders', subject: 'ka220-vet-2026' },
      { offsets: '72h' },
      context,
      deps,
    );
    expect(outcome.type).toBe('invalid');
    if (outcome.type !== 'invalid') return;
    const opened = await runAction(
      { type: 'open-form', form: 'grant-reminders', subject: 'ka220-vet-2026', section: 0 },
      context,
      deps,
    );
    if (!isFormOpening(opened)) throw new Error('expected the reminders form');
    expect(
      localisedErrors(opened, outcome.errors, createTranslator('pl', 'Europe/Warsaw')),
    ).toEqual([
      {
        field: 'offsets',
        label: 'Kiedy przypominać',
        text: 'Godziny przed terminem: od 1 do 47 (dalej podaj dni).',
      },
    ]);
    expect(await messagesOf()).toEqual([]);
  });

  it('are not offered to plain members, and a forged submission is refused', async () => {
    const member = who({ coordinator: false });
    const detail = asReply(
      await runCommand(
        { ...requestFor('grant', { name: 'ka220-vet-2026' }), ...member, command: 'grant' },
        deps,
      ),
    );
    expect(detail.actions.map((action) => action.label)).not.toContain('Reminders');
    const outcome = await submitForm(
      { form: 'grant-reminders', subject: 'ka220-vet-2026' },
      { offsets: '1d' },
      member,
      deps,
    );
    expect(outcome.type).toBe('refused');
    expect((await deps.store.grants.byId('ka220-vet-2026'))?.reminderOffsets).toBeUndefined();
  });
});

describe("a channel's reminder times", () => {
  it('subscribing to grants re-plans the calls already open, and offers the channel its reminder times', async () => {
    const context = who();
    const subscribed = asReply(
      await runCommand(
        {
          ...requestFor('subscribe', { topic: 'grants' }),
          ...context,
          command: 'subscribe',
        },
        deps,
      ),
    );
    const replans = await messagesOf();
    expect(
      replans.map((message) => message.type === 'grant-call-changed' && message.grantId),
    ).toEqual(['lisbon-fund-2026', 'fers-2026', 'ka210-2026', 'ka220-vet-2026']);
    expect(
      replans.every(
        (message) => message.type === 'grant-call-changed' && message.change === 'reminders',
      ),
    ).toBe(true);
    // Subscribing again to grants changes nothing the worker must hear about.
    await runCommand(
      { ...requestFor('subscribe', { topic: 'grants' }), ...context, command: 'subscribe' },
      deps,
    );
    expect(await messagesOf()).toHaveLength(4);

    const opened = await runAction(button(subscribed, 'Reminders'), context, deps);
    if (!isFormOpening(opened)) throw new Error('expected the channel reminders form');
    expect(localisedForm(opened, createTranslator('en', 'Europe/Warsaw')).title).toBe(
      'Reminders in this channel',
    );
    const outcome = await submitForm(
      { form: 'channel-reminders', subject: 'slack:C-GENERAL' },
      { offsets: '7d, 1d' },
      context,
      deps,
    );
    expect(outcome.type === 'done' && outcome.reply.summary).toBe(
      'Deadline reminders in this channel: 7d, 1d.',
    );
    expect(
      (await deps.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C-GENERAL' }))
        ?.reminderOffsets,
    ).toEqual({ days: [7, 1], hours: [] });
    expect(await messagesOf()).toHaveLength(8);
  });

  it('are refused for a channel that does not subscribe to grant calls', async () => {
    const context = who({ locale: 'pl' });
    await runCommand(
      { ...requestFor('subscribe', { topic: 'events' }), ...context, command: 'subscribe' },
      deps,
    );
    const outcome = await submitForm(
      { form: 'channel-reminders', subject: 'slack:C-GENERAL' },
      { offsets: '7d' },
      context,
      deps,
    );
    expect(outcome.type).toBe('refused');
    expect(outcome.type === 'refused' && outcome.reply.summary).toBe(
      'Ten kanał nie subskrybuje naborów. Najpierw: /glokal subskrybuj granty',
    );
  });
});
