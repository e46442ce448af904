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
import { meetingId } from './meeting-id';

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
  options: { coordinator?: boolean; locale?: Locale; timeZone?: string } = {},
): FormContext {
  const request = requestFor(
    'schedule',
    {},
    {
      coordinator: options.coordinator ?? true,
      locale: options.locale ?? 'en',
      userId: 'U-COORD',
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
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

const goodMeeting: FormValues = {
  title: 'Partners meeting: KA220 application',
  kind: 'meeting',
  start: '2026-06-22 10:00',
  duration: '90 min',
  place: 'online',
  description: 'Who writes which work package.',
  invitees: ['U-ANNA', 'U-PIOTR'],
  channel: ['C-PROJECTS'],
  language: 'pl',
};

async function openScheduleForm(context = who()): Promise<FormOpening> {
  const answer = await runCommand(
    { ...requestFor('schedule'), ...context, command: 'schedule' },
    deps,
  );
  if (!isFormOpening(answer)) throw new Error(`expected a form, got: ${replyText(answer)}`);
  return answer;
}

async function stored() {
  return {
    outbox: (await deps.store.outbox.pending(100)).map((entry) => entry.message),
    audit: (await deps.store.audit.recent(100)).map((entry) => entry.action),
  };
}

async function schedule(values: FormValues = goodMeeting, context = who()) {
  const outcome = await submitForm({ form: 'meeting-schedule' }, values, context, deps);
  if (outcome.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(outcome)}`);
  if (!outcome.subject) throw new Error('no subject');
  return { outcome, id: outcome.subject };
}

describe('scheduling a meeting from chat', () => {
  it('opens the form for a coordinator, in sections of at most five, as an hour here in their language', async () => {
    const opening = await openScheduleForm(who({ locale: 'pl' }));
    const form = localisedForm(opening, createTranslator('pl', 'Europe/Warsaw'));
    expect(form.title).toBe('Zaplanuj spotkanie');
    expect(form.sections.every((section) => section.length <= 5)).toBe(true);
    expect(form.sections.flat().map((field) => field.name)).toEqual([
      'title',
      'kind',
      'start',
      'duration',
      'end',
      'place',
      'description',
      'invitees',
      'channel',
      'language',
      'capacity',
      'startingNote',
    ]);
    const initial = Object.fromEntries(
      form.sections.flat().map((field) => [field.name, field.initial]),
    );
    expect(initial).toMatchObject({
      kind: 'meeting',
      duration: '60 min',
      language: 'pl',
      channel: ['C-GENERAL'],
      startingNote: 'no',
    });
    const kind = form.sections.flat().find((field) => field.name === 'kind');
    expect(kind?.choices?.map((choice) => choice.value)).toEqual([
      'meeting',
      'conference',
      'seminar',
      'training',
      'workshop',
      'exchange',
      'other',
    ]);
  });

  it('is refused to a plain member, typed or forged, and nothing is stored', async () => {
    const answer = await runCommand(requestFor('zaplanuj', {}, { coordinator: false }), deps);
    expect(isFormOpening(answer)).toBe(false);
    const typed = await runCommand(requestFor('schedule', {}, { coordinator: false }), deps);
    expect(asReply(typed).refusal).toBe('coordinator-only');
    const forged = await submitForm(
      { form: 'meeting-schedule' },
      goodMeeting,
      who({ coordinator: false }),
      deps,
    );
    expect(forged.type === 'refused' && forged.reply.refusal).toBe('coordinator-only');
    expect(await stored()).toEqual({ outbox: [], audit: [] });
    expect(relayed).toBe(0);
  });

  it('stores one meeting with its audit entry, a calendar insert and an announcement, then wakes the worker', async () => {
    const { outcome, id } = await schedule();
    expect(id).toMatch(/^[a-v0-9]{26,40}$/);
    expect(id).toBe(
      meetingId(who().requester, {
        title: 'Partners meeting: KA220 application',
        startLocal: '2026-06-22T10:00',
        zone: 'Europe/Warsaw',
      }),
    );
    const event = await deps.store.events.byId(id);
    expect(event).toMatchObject({
      id,
      title: 'Partners meeting: KA220 application',
      kind: 'meeting',
      status: 'confirmed',
      source: 'glokal',
      revision: 1,
      description: 'Who writes which work package.',
      // 10:00 in Warsaw in summer is 08:00 UTC; 90 minutes later it ends.
      timing: {
        allDay: false,
        start: '2026-06-22T08:00:00.000Z',
        end: '2026-06-22T09:30:00.000Z',
        timeZone: 'Europe/Warsaw',
      },
      meeting: {
        online: true,
        invitees: [
          { platform: 'slack', userId: 'U-ANNA' },
          { platform: 'slack', userId: 'U-PIOTR' },
        ],
        announceIn: { platform: 'slack', workspaceId: 'T-CLUSTER', channelId: 'C-PROJECTS' },
        language: 'pl',
        scheduledBy: { platform: 'slack', userId: 'U-COORD' },
      },
    });
    expect(event?.location).toBeUndefined();
    expect(event?.onlineUrl).toBeUndefined();
    expect(await stored()).toEqual({
      outbox: [
        { type: 'calendar-write', eventId: id, action: 'insert', revision: 1 },
        { type: 'announce', subject: { type: 'event-announcement', eventId: id } },
      ],
      audit: ['event.schedule'],
    });
    const [audit] = await deps.store.audit.recent(1);
    expect(audit).toMatchObject({ subject: id, actor: 'Ola Kowalska (slack:U-COORD)' });
    expect(relayed).toBe(1);
    expect(replyText(outcome.reply)).toContain('Scheduled “Partners meeting: KA220 application”');
    expect(replyText(outcome.reply)).toContain('Invited 2 people.');
  });

  it('makes one meeting and one set of messages of a form sent twice', async () => {
    const first = await schedule();
    const second = await schedule();
    expect(second.id).toBe(first.id);
    expect(replyText(second.outcome.reply)).toContain('already scheduled');
    const { outbox, audit } = await stored();
    expect(outbox).toHaveLength(2);
    expect(audit).toEqual(['event.schedule']);
    const found = await deps.store.events.findByTitle('ka220 partners', SEASON_NOW, 10);
    expect(found.map((event) => event.id)).toEqual([first.id]);
    // Another start is another meeting.
    const other = await schedule({ ...goodMeeting, start: '2026-06-23 10:00' });
    expect(other.id).not.toBe(first.id);
  });

  it('records a "starting in 1 hour" note in the channels when the coordinator asks for one, in either language', async () => {
    const { id } = await schedule({ ...goodMeeting, startingNote: 'yes' });
    expect((await deps.store.events.byId(id))?.meeting?.startingSoonNote).toBe(true);
    const polish = await schedule({
      ...goodMeeting,
      start: '2026-06-24 10:00',
      startingNote: 'Tak, godzinę przed',
    });
    expect((await deps.store.events.byId(polish.id))?.meeting?.startingSoonNote).toBe(true);
    const none = await schedule({ ...goodMeeting, start: '2026-06-25 10:00', startingNote: 'no' });
    expect((await deps.store.events.byId(none.id))?.meeting?.startingSoonNote).toBeUndefined();
  });

  it('keeps a place as the location, and an end typed as a time alone on the start’s day', async () => {
    const { id } = await schedule({
      ...goodMeeting,
      place: 'CKZiU Łódź, sala 12',
      duration: '',
      end: '16:15',
      start: '2026-06-22 14:00',
    });
    const event = await deps.store.events.byId(id);
    expect(event).toMatchObject({
      location: 'CKZiU Łódź, sala 12',
      meeting: { online: false },
      timing: { start: '2026-06-22T12:00:00.000Z', end: '2026-06-22T14:15:00.000Z' },
    });
  });
});

describe('a meeting’s field errors, in the person’s language', () => {
  const cases = [
    {
      name: 'a start that has passed',
      values: { start: '2026-06-01 10:00' },
      field: 'start',
      en: 'That moment has passed',
      pl: 'Ta chwila już minęła',
    },
    {
      name: 'an end before the start',
      values: { start: '2026-06-22 10:00', end: '2026-06-22 09:00' },
      field: 'end',
      en: 'The end must come after the start.',
      pl: 'Koniec musi być po początku.',
    },
    {
      name: 'a duration over 14 days',
      values: { duration: '15 dni' },
      field: 'duration',
      en: 'A meeting lasts at most 14 days.',
      pl: 'Spotkanie może trwać najwyżej 14 dni.',
    },
    {
      name: 'an end more than 14 days after the start',
      values: { start: '2026-06-22 10:00', end: '2026-07-06 10:01' },
      field: 'end',
      en: 'A meeting lasts at most 14 days.',
      pl: 'Spotkanie może trwać najwyżej 14 dni.',
    },
    {
      name: 'a start in the spring DST gap',
      values: { start: '2027-03-28 02:30' },
      field: 'start',
      en: 'does not exist in that zone: the clocks go forward',
      pl: 'nie istnieje w tej strefie: tej nocy zegar przeskakuje',
    },
    {
      name: 'an ambiguous autumn start',
      values: { start: '2026-10-25 02:30' },
      field: 'start',
      en: 'happens twice that night',
      pl: 'występuje tej nocy dwa razy',
    },
    {
      name: 'neither a duration nor an end',
      values: { duration: '', end: '' },
      field: 'duration',
      en: 'Give a duration or the end',
      pl: 'Podaj czas trwania albo koniec',
    },
  ] as const;

  for (const locale of ['en', 'pl'] as const)
    it.each(cases)(`refuses $name in ${locale} and stores nothing`, async (problem) => {
      const context = who({ locale });
      const outcome = await submitForm(
        { form: 'meeting-schedule' },
        { ...goodMeeting, ...problem.values },
        context,
        deps,
      );
      expect(outcome.type).toBe('invalid');
      if (outcome.type !== 'invalid') return;
      const opening = await openScheduleForm(context);
      const errors = localisedErrors(opening, outcome.errors, createTranslator(locale, 'UTC'));
      expect(errors.map((error) => error.field)).toEqual([problem.field]);
      expect(errors[0]?.text).toContain(problem[locale]);
      expect(await stored()).toEqual({ outbox: [], audit: [] });
    });

  it('says a day in Polish’s own plural form', () => {
    const t = createTranslator('pl', 'UTC');
    expect(t.t('meetings:error.too_long', { count: 1 })).toBe(
      'Spotkanie może trwać najwyżej 1 dzień.',
    );
    expect(t.t('meetings:error.too_long', { count: 3 })).toBe(
      'Spotkanie może trwać najwyżej 3 dni.',
    );
    expect(t.t('meetings:invited', { count: 5 })).toBe('Zaproszono 5 osób.');
    expect(t.t('meetings:invited', { count: 22 })).toBe('Zaproszono 22 osoby.');
  });

  it('reads the start in the coordinator’s own zone', async () => {
    const { id } = await schedule(goodMeeting, who({ timeZone: 'Europe/Lisbon' }));
    expect((await deps.store.events.byId(id))?.timing).toMatchObject({
      start: '2026-06-22T09:00:00.000Z',
      timeZone: 'Europe/Lisbon',
    });
  });
});

describe('changing a meeting from its reply', () => {
  async function detailFor(id: string, coordinator: boolean) {
    return asReply(
      await runCommand(requestFor('event', { name: id }, { coordinator, locale: 'en' }), deps),
    );
  }
  const labels = (reply: Awaited<ReturnType<typeof detailFor>>) =>
    reply.actions.map((action) => action.label);

  it('offers Edit and Cancel to coordinators on meetings from Glokal only', async () => {
    const { id } = await schedule();
    expect(labels(await detailFor(id, true))).toEqual(expect.arrayContaining(['Edit', 'Cancel']));
    expect(labels(await detailFor(id, false))).not.toContain('Edit');
    expect(labels(await detailFor(id, false))).not.toContain('Cancel');
    // The season's events come from elsewhere (Google, the demo): changed there.
    expect(labels(await detailFor('e-robotics', true))).not.toContain('Edit');
  });

  it('opens Edit filled from the store and patches with the next revision', async () => {
    const { id } = await schedule();
    await deps.store.outbox.markRelayed(
      (await deps.store.outbox.pending(10)).map((entry) => entry.id),
      SEASON_NOW,
    );
    const opened = await runAction(
      { type: 'open-form', form: 'meeting-edit', subject: id, section: 0 },
      who(),
      deps,
    );
    if (!isFormOpening(opened)) throw new Error('expected the edit form');
    expect(opened.values).toMatchObject({
      title: 'Partners meeting: KA220 application',
      start: '2026-06-22 10:00',
      duration: '90 min',
      place: 'online',
      invitees: ['U-ANNA', 'U-PIOTR'],
    });
    // One section sent (as Discord does) keeps the others.
    const moved = await submitForm(
      { form: 'meeting-edit', subject: id },
      { start: '2026-06-23 11:00' },
      who(),
      deps,
    );
    expect(moved.type).toBe('done');
    const event = await deps.store.events.byId(id);
    expect(event).toMatchObject({
      revision: 2,
      timing: { start: '2026-06-23T09:00:00.000Z', end: '2026-06-23T10:30:00.000Z' },
      meeting: { online: true, invitees: [{ userId: 'U-ANNA' }, { userId: 'U-PIOTR' }] },
    });
    expect(await stored()).toEqual({
      outbox: [
        { type: 'calendar-write', eventId: id, action: 'patch', revision: 2 },
        // The reminders of the people going follow the move, and they are told of it.
        {
          type: 'event-changed',
          eventId: id,
          change: {
            what: 'moved',
            from: expect.objectContaining({ start: '2026-06-22T08:00:00.000Z' }),
            to: expect.objectContaining({ start: '2026-06-23T09:00:00.000Z' }),
            version: event?.updatedAt,
          },
        },
      ],
      audit: ['event.edit', 'event.schedule'],
    });
    // The same save again changes nothing and tells nobody.
    const again = await submitForm(
      { form: 'meeting-edit', subject: id },
      { start: '2026-06-23 11:00' },
      who(),
      deps,
    );
    expect(again.type === 'done' && replyText(again.reply)).toContain('Nothing changed');
    expect((await stored()).outbox).toHaveLength(2);
    // A move into the past is refused; a later change is revision 3.
    const past = await submitForm(
      { form: 'meeting-edit', subject: id },
      { start: '2026-06-10 11:00' },
      who(),
      deps,
    );
    expect(past).toMatchObject({ type: 'invalid', errors: [{ field: 'start' }] });
    await submitForm(
      { form: 'meeting-edit', subject: id },
      { title: 'Partners: KA220' },
      who(),
      deps,
    );
    expect((await stored()).outbox.slice(-2)).toEqual([
      { type: 'calendar-write', eventId: id, action: 'patch', revision: 3 },
      // A new title re-plans, but moves nothing: nobody is told.
      { type: 'event-changed', eventId: id },
    ]);
  });

  it('keeps what the worker stored back, and clears what the form empties', async () => {
    const { id } = await schedule();
    const scheduled = await deps.store.events.byId(id);
    if (!scheduled) throw new Error('not stored');
    // The calendar write stores Google's links on the meeting.
    await deps.store.events.upsert([
      {
        ...scheduled,
        onlineUrl: 'https://meet.google.com/abc-defg-hij',
        calendarUrl: 'https://www.google.com/calendar/event?eid=abc',
      },
    ]);
    await submitForm({ form: 'meeting-edit', subject: id }, { description: '' }, who(), deps);
    const edited = await deps.store.events.byId(id);
    expect(edited?.description).toBeUndefined();
    expect(edited).toMatchObject({
      onlineUrl: 'https://meet.google.com/abc-defg-hij',
      calendarUrl: 'https://www.google.com/calendar/event?eid=abc',
      revision: 2,
    });
    await submitForm({ form: 'meeting-edit', subject: id }, { place: 'Sala 3' }, who(), deps);
    const moved = await deps.store.events.byId(id);
    expect(moved).toMatchObject({ location: 'Sala 3', meeting: { online: false }, revision: 3 });
    expect(moved?.onlineUrl).toBeUndefined();
  });

  it('cancels a meeting once: the event is kept cancelled and the calendar is told', async () => {
    const { id } = await schedule();
    const cancelled = await submitForm(
      { form: 'meeting-cancel', subject: id },
      { reason: 'The partners asked to move it to September.' },
      who({ locale: 'pl' }),
      deps,
    );
    expect(cancelled.type).toBe('done');
    if (cancelled.type !== 'done') return;
    expect(replyText(cancelled.reply)).toContain('Odwołano spotkanie');
    expect(await deps.store.events.byId(id)).toMatchObject({ status: 'cancelled', revision: 2 });
    const { outbox, audit } = await stored();
    expect(outbox.slice(-2)).toEqual([
      { type: 'calendar-write', eventId: id, action: 'cancel', revision: 2 },
      {
        type: 'event-changed',
        eventId: id,
        change: { what: 'cancelled', version: SEASON_NOW.toISOString() },
      },
    ]);
    expect(audit).toEqual(['event.cancel', 'event.schedule']);
    const [entry] = await deps.store.audit.recent(1);
    expect(entry?.detail).toEqual({ reason: 'The partners asked to move it to September.' });
    // No Edit or Cancel on a cancelled meeting; cancelling again or editing changes nothing.
    expect(labels(await detailFor(id, true))).not.toContain('Cancel');
    const twice = await submitForm({ form: 'meeting-cancel', subject: id }, {}, who(), deps);
    expect(twice.type === 'done' && replyText(twice.reply)).toContain('was already cancelled');
    await submitForm({ form: 'meeting-edit', subject: id }, { title: 'Back on' }, who(), deps);
    expect((await stored()).outbox).toHaveLength(4);
  });

  it('lists scheduling, edits and the cancellation in the history, in the coordinator’s language', async () => {
    const { id } = await schedule();
    await submitForm({ form: 'meeting-edit', subject: id }, { duration: '2 godz' }, who(), deps);
    await submitForm({ form: 'meeting-cancel', subject: id }, {}, who(), deps);
    const history = asReply(
      await runCommand(requestFor('history', {}, { coordinator: true, locale: 'pl' }), deps),
    );
    expect(history.items.map((item) => item.title)).toEqual([
      `Odwołane spotkanie: ${id}`,
      `Zmienione spotkanie: ${id}`,
      `Zaplanowane spotkanie: ${id}`,
    ]);
  });

  it('refuses to change an event from Google Calendar, and a plain member’s cancel', async () => {
    const fromGoogle = await submitForm(
      { form: 'meeting-cancel', subject: 'e-robotics' },
      {},
      who(),
      deps,
    );
    expect(fromGoogle.type === 'refused' && replyText(fromGoogle.reply)).toContain(
      'comes from Google Calendar',
    );
    const { id } = await schedule();
    const member = await submitForm(
      { form: 'meeting-cancel', subject: id },
      {},
      who({ coordinator: false }),
      deps,
    );
    expect(member.type === 'refused' && member.reply.refusal).toBe('coordinator-only');
    expect((await deps.store.events.byId(id))?.status).toBe('confirmed');
    expect((await deps.store.events.byId('e-robotics'))?.status).toBe('confirmed');
  });
});
