import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../../command';
import type { ChatJobs } from '../../jobs';
import { runAction } from '../../run-action';
import { runCommand } from '../../run-command';
import { loadSeason, SEASON_NOW } from '../../testing/season.fixture';
import { asReply, replyText, requestFor } from '../../testing/request.fixture';
import { isFormOpening, type FormContext, type FormOpening, type FormValues } from '../form';
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

function who(
  options: { coordinator?: boolean; locale?: Locale; userId?: string } = {},
): FormContext {
  const request = requestFor(
    'grant add',
    {},
    {
      coordinator: options.coordinator ?? true,
      locale: options.locale ?? 'en',
      userId: options.userId ?? 'U-COORD',
    },
  );
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale: request.locale,
    timeZone: request.timeZone,
    now: SEASON_NOW,
  };
}

const goodCall: FormValues = {
  programme: 'Erasmus+ KA2',
  title: 'Partnerships for innovation in VET',
  deadline: '2026-10-15 12:00',
  deadlineZone: 'Europe/Brussels',
  callCode: 'KA220-VET-B',
  internalDeadline: '08.10.2026 12:00',
  lead: 'CKZiU nr 1 w Łodzi',
  status: 'open',
};

async function openAddForm(context = who()): Promise<FormOpening> {
  const answer = await runCommand(
    { ...requestFor('grant add'), ...context, command: 'grant add' },
    deps,
  );
  if (!isFormOpening(answer)) throw new Error(`expected a form, got: ${replyText(answer)}`);
  return answer;
}

describe('adding a grant call from chat', () => {
  it('opens the form for a coordinator, in sections of at most five, Brussels offered', async () => {
    const opening = await openAddForm();
    const form = localisedForm(opening, createTranslator('en', 'Europe/Warsaw'));
    expect(form.title).toBe('New grant call');
    expect(form.sections.every((section) => section.length <= 5)).toBe(true);
    const zone = form.sections.flat().find((field) => field.name === 'deadlineZone');
    expect(zone?.initial).toBe('Europe/Brussels');
    expect(zone?.hint).toContain('12:00 or 17:00 Brussels time');
  });

  it('refuses the form to a plain member', async () => {
    const answer = await runCommand(
      requestFor('grant add', {}, { coordinator: false, locale: 'en' }),
      deps,
    );
    expect(isFormOpening(answer)).toBe(false);
    expect(asReply(answer).refusal).toBe('coordinator-only');
  });

  it('stores the call, its audit entry and its outbox message together, then wakes the worker', async () => {
    const outcome = await submitForm({ form: 'grant-add' }, goodCall, who(), deps);
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.subject).toBe('ka220-vet-b');
    const call = await deps.store.grants.byId('ka220-vet-b');
    expect(call).toMatchObject({
      programme: 'Erasmus+ KA2',
      deadline: { local: '2026-10-15T12:00', timeZone: 'Europe/Brussels' },
      internalDeadline: { local: '2026-10-08T12:00', timeZone: 'Europe/Brussels' },
      leadOrganisationId: 'o-ckziu',
    });
    const [audit] = await deps.store.audit.recent(1);
    expect(audit).toMatchObject({
      action: 'grant.add',
      subject: 'ka220-vet-b',
      platform: 'slack',
      actor: 'Ola Kowalska (slack:U-COORD)',
    });
    const pending = await deps.store.outbox.pending(10);
    expect(pending.map((entry) => entry.message)).toEqual([
      { type: 'grant-call-changed', grantId: 'ka220-vet-b', change: 'added' },
    ]);
    expect(relayed).toBe(1);
    expect(replyText(outcome.reply)).toContain('Added the call');
  });

  it.each([
    ['en', 'does not exist in that zone: the clocks go forward'],
    ['pl', 'nie istnieje w tej strefie: tej nocy zegar przeskakuje'],
  ] as const)(
    'refuses a deadline in the spring DST gap with a field error in %s',
    async (locale, text) => {
      const context = who({ locale });
      const outcome = await submitForm(
        { form: 'grant-add' },
        { ...goodCall, deadline: '2027-03-28 02:30' },
        { ...context, now: SEASON_NOW },
        deps,
      );
      expect(outcome.type).toBe('invalid');
      if (outcome.type !== 'invalid') return;
      const opening = await openAddForm(context);
      const errors = localisedErrors(
        opening,
        outcome.errors,
        createTranslator(locale, 'Europe/Warsaw'),
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]?.field).toBe('deadline');
      expect(errors[0]?.text).toContain(text);
      expect(await deps.store.grants.byId('ka220-vet-b')).toBeUndefined();
      expect(await deps.store.outbox.pending(10)).toEqual([]);
      expect(await deps.store.audit.recent(5)).toEqual([]);
    },
  );

  it('refuses an ambiguous autumn time, a past deadline, a bad zone and an unknown lead at once', async () => {
    const outcome = await submitForm(
      { form: 'grant-add' },
      {
        ...goodCall,
        deadline: '2026-10-25 02:30',
        internalDeadline: '',
        deadlineZone: 'Europe/Brussels',
      },
      who(),
      deps,
    );
    expect(outcome).toMatchObject({
      type: 'invalid',
      errors: [{ field: 'deadline', message: 'forms:error.date_time.ambiguous' }],
    });
    const several = await submitForm(
      { form: 'grant-add' },
      { ...goodCall, title: '', deadlineZone: 'Mars/Olympus', url: 'ftp://x' },
      who(),
      deps,
    );
    expect(several.type === 'invalid' && several.errors.map((error) => error.field)).toEqual([
      'title',
      'deadlineZone',
      'url',
    ]);
    const past = await submitForm(
      { form: 'grant-add' },
      { ...goodCall, deadline: '2026-06-01 12:00', internalDeadline: '' },
      who(),
      deps,
    );
    expect(past).toMatchObject({
      type: 'invalid',
      errors: [{ field: 'deadline', message: 'forms:error.in_past' }],
    });
    const lead = await submitForm(
      { form: 'grant-add' },
      { ...goodCall, lead: 'Nobody Such' },
      who(),
      deps,
    );
    expect(lead).toMatchObject({ type: 'invalid', errors: [{ field: 'lead' }] });
    expect(await deps.store.outbox.pending(10)).toEqual([]);
  });

  it('refuses a forged submission from a plain member and stores nothing', async () => {
    const outcome = await submitForm(
      { form: 'grant-add' },
      goodCall,
      who({ coordinator: false }),
      deps,
    );
    expect(outcome.type).toBe('refused');
    if (outcome.type === 'refused') expect(outcome.reply.refusal).toBe('coordinator-only');
    expect(await deps.store.grants.byId('ka220-vet-b')).toBeUndefined();
    expect(await deps.store.audit.recent(5)).toEqual([]);
  });

  it('refuses a form it does not know', async () => {
    const outcome = await submitForm({ form: 'no-such-form' }, goodCall, who(), deps);
    expect(outcome.type === 'refused' && outcome.reply.refusal).toBe('stale-form');
  });
});

describe('changing a grant call from its reply', () => {
  async function detailFor(id: string, coordinator: boolean) {
    return asReply(
      await runCommand(requestFor('grant', { name: id }, { coordinator, locale: 'en' }), deps),
    );
  }

  it('shows Edit, Extend deadline and Close to coordinators only', async () => {
    const buttons = (reply: Awaited<ReturnType<typeof detailFor>>) =>
      reply.actions.map((action) => action.label);
    expect(buttons(await detailFor('ka220-vet-2026', true))).toEqual(
      expect.arrayContaining(['Edit', 'Extend deadline', 'Close call']),
    );
    expect(buttons(await detailFor('ka220-vet-2026', false))).not.toContain('Edit');
  });

  it('opens Edit filled from the store, and one section submitted keeps the others', async () => {
    const context = who();
    const opened = await runAction(
      { type: 'open-form', form: 'grant-edit', subject: 'ka220-vet-2026', section: 1 },
      context,
      deps,
    );
    if (!isFormOpening(opened)) throw new Error('expected the edit form');
    expect(opened.section).toBe(1);
    expect(opened.values).toMatchObject({ callCode: 'KA220-VET', deadline: '2026-10-01 12:00' });
    const outcome = await submitForm(
      { form: 'grant-edit', subject: 'ka220-vet-2026' },
      { funding: 'do 450 000 EUR' },
      context,
      deps,
    );
    expect(outcome.type).toBe('done');
    expect(await deps.store.grants.byId('ka220-vet-2026')).toMatchObject({
      funding: 'do 450 000 EUR',
      title: 'Partnerstwa współpracy w kształceniu zawodowym',
    });
    const [audit] = await deps.store.audit.recent(1);
    expect(audit).toMatchObject({ action: 'grant.edit', detail: { fields: ['funding'] } });
    expect((audit?.before as { funding?: string }).funding).toBe('do 400 000 EUR');
  });

  it('extends the deadline, keeps the old one in the history and says "extended from"', async () => {
    const context = who();
    const outcome = await submitForm(
      { form: 'grant-extend', subject: 'ka220-vet-2026' },
      { newDeadline: '2026-10-08 17:00' },
      context,
      deps,
    );
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.reply.summary).toContain('extended from');
    expect(replyText(outcome.reply)).toContain('Extended: was');
    expect(await deps.store.grants.byId('ka220-vet-2026')).toMatchObject({
      deadline: { local: '2026-10-08T17:00', timeZone: 'Europe/Brussels' },
      previousDeadlines: [{ local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' }],
    });
    const pending = await deps.store.outbox.pending(10);
    expect(pending.map((entry) => entry.message)).toEqual([
      {
        type: 'grant-call-changed',
        grantId: 'ka220-vet-2026',
        change: 'extended',
        previousDeadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
      },
    ]);
    const again = await submitForm(
      { form: 'grant-extend', subject: 'ka220-vet-2026' },
      { newDeadline: '2026-10-02 12:00' },
      context,
      deps,
    );
    expect(again).toMatchObject({
      type: 'invalid',
      errors: [{ message: 'forms:error.not_later' }],
    });
  });

  it('closes a call once; a plain member pressing Close changes nothing', async () => {
    const member = await runAction(
      { type: 'close-grant', grantId: 'ka210-2026' },
      who({ coordinator: false }),
      deps,
    );
    expect(asReply(member).refusal).toBe('coordinator-only');
    expect((await deps.store.grants.byId('ka210-2026'))?.status).toBe('open');
    const closed = asReply(
      await runAction({ type: 'close-grant', grantId: 'ka210-2026' }, who(), deps),
    );
    expect(closed.summary).toContain('is closed');
    expect((await deps.store.grants.byId('ka210-2026'))?.status).toBe('closed');
    const twice = asReply(
      await runAction({ type: 'close-grant', grantId: 'ka210-2026' }, who(), deps),
    );
    expect(twice.summary).toContain('was already closed');
    expect((await deps.store.outbox.pending(10)).map((entry) => entry.message)).toEqual([
      { type: 'grant-call-changed', grantId: 'ka210-2026', change: 'closed' },
    ]);
  });

  it('lists the writes for coordinators in history, newest first, in their language', async () => {
    await submitForm({ form: 'grant-add' }, goodCall, who(), deps);
    await runAction({ type: 'close-grant', grantId: 'ka210-2026' }, who(), deps);
    const history = asReply(
      await runCommand(requestFor('history', {}, { coordinator: true, locale: 'pl' }), deps),
    );
    expect(history.items.map((item) => item.title)).toEqual([
      'Zamknięty nabór: ka210-2026',
      'Dodany nabór: ka220-vet-b',
    ]);
    const refused = asReply(
      await runCommand(requestFor('history', {}, { coordinator: false }), deps),
    );
    expect(refused.refusal).toBe('coordinator-only');
  });
});

describe('every write from chat is audited', () => {
  it('records subscribe, unsubscribe, settings, the language button, attend and follow', async () => {
    const coordinator = requestFor(
      'subscribe',
      { topic: 'grants' },
      { coordinator: true, locale: 'en', userId: 'U-AUDIT' },
    );
    await runCommand(coordinator, deps);
    await runCommand(
      { ...coordinator, command: 'unsubscribe', options: { topic: 'grants' } },
      deps,
    );
    await runCommand(
      requestFor('settings', { timezone: 'Europe/Lisbon' }, { userId: 'U-AUDIT' }),
      deps,
    );
    await runAction({ type: 'set-locale', locale: 'pl' }, who({ userId: 'U-AUDIT' }), deps);
    await runAction(
      { type: 'attend', eventId: 'e-robotics', answer: 'going' },
      who({ userId: 'U-AUDIT' }),
      deps,
    );
    await runAction(
      { type: 'follow', grantId: 'ka220-vet-2026', following: true },
      who({ userId: 'U-AUDIT' }),
      deps,
    );
    const actions = (await deps.store.audit.recent(10)).map((entry) => entry.action);
    expect(actions).toEqual([
      'grant.follow',
      'event.attend',
      'settings.change',
      'settings.change',
      'subscription.remove',
      'subscription.add',
    ]);
  });
});
