import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTranslator, type Clock, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../../command';
import type { ChatAction, Reply } from '../../reply';
import { runAction, type ActionContext } from '../../run-action';
import { composeDelivery } from '../../announcements/compose-delivery';
import { loadSeason, SEASON_NOW } from '../../testing/season.fixture';
import { asReply, replyText, requestFor } from '../../testing/request.fixture';
import type { FormContext, FormValues } from '../form';
import { formById } from '../form-catalogue';
import { localisedErrors } from '../localise-form';
import { submitForm } from '../submit-form';
import { meetingValues } from './meeting-fields';

let test: TestStore | undefined;
let deps: ChatDeps;
// The store stamps each answer: a minute later each time, so the order is the answers' order.
let storeNow = new Date('2026-06-12T08:00:00Z');
const storeClock: Clock = { now: () => new Date(storeNow) };

beforeEach(async () => {
  await test?.close();
  test = await createTestStore({ clock: storeClock });
  storeNow = new Date('2026-06-12T08:00:00Z');
  deps = { ...(await loadSeason(test.store)), jobs: { relayNow: async () => undefined } };
});
afterAll(async () => test?.close());

function asCoordinator(locale: Locale = 'en', coordinator = true): FormContext {
  const request = requestFor('schedule', {}, { coordinator, locale, userId: 'U-COORD' });
  return { ...request, locale, now: SEASON_NOW };
}

/** Someone on Slack answering in their language. */
function member(userId: string, name: string, locale: Locale = 'en'): ActionContext {
  const request = requestFor('help', {}, { userId, locale });
  return { ...request, requester: { ...request.requester, displayName: name }, locale };
}

const meeting: FormValues = {
  title: 'Warsztaty pisania wniosków',
  kind: 'workshop',
  start: '2026-06-22 10:00',
  duration: '90 min',
  place: 'Łódź, ul. Piotrkowska 1',
  channel: ['C-GENERAL'],
};

async function schedule(capacity: string): Promise<string> {
  const outcome = await submitForm(
    { form: 'meeting-schedule' },
    { ...meeting, capacity },
    asCoordinator(),
    deps,
  );
  if (outcome.type !== 'done' || !outcome.subject)
    throw new Error(`not scheduled: ${JSON.stringify(outcome)}`);
  return outcome.subject;
}

async function press(action: ChatAction, who: ActionContext): Promise<Reply> {
  storeNow = new Date(storeNow.getTime() + 60_000);
  return asReply(await runAction(action, who, deps));
}
const attend = (eventId: string, who: ActionContext, answer: 'going' | 'maybe' | 'not-going') =>
  press({ type: 'attend', eventId, answer }, who);

async function personId(userId: string): Promise<string> {
  const person = await deps.store.people.byChatIdentity({ platform: 'slack', userId });
  if (!person) throw new Error(`no ${userId}`);
  return person.id;
}

const anna = member('U-ANNA', 'Anna');
const jan = member('U-JAN', 'Jan');
const ola = member('U-OLA', 'Ola');
const piotr = member('U-PIOTR', 'Piotr', 'pl');

describe('a meeting with places', () => {
  it('puts Going past the last place on the waiting list and says which number, in English and Polish', async () => {
    const id = await schedule('2');
    expect((await deps.store.events.byId(id))?.meeting?.capacity).toBe(2);
    await attend(id, anna, 'going');
    await attend(id, jan, 'going');

    const full = await attend(id, ola, 'going');
    expect(full.summary).toBe(
      'The meeting is full: you are number 1 on the waiting list for “Warsztaty pisania wniosków”. If a place frees up, it is yours and you will get a message.',
    );
    expect(full.items[0]?.context).toContain('Your answer: going, on the waiting list (number 1)');
    expect(full.items[0]?.context).toContain('2/2 going, 1 waiting · Maybe 0 · Not going 0');
    expect((await attend(id, ola, 'going')).summary).toBe(
      'You are still waiting for a place at “Warsztaty pisania wniosków”: number 1 on the waiting list.',
    );

    const pelne = await attend(id, piotr, 'going');
    expect(pelne.summary).toContain(
      'Spotkanie jest pełne: masz numer 2 na liście oczekujących na „Warsztaty pisania wniosków”.',
    );
    expect(pelne.items[0]?.context).toContain(
      'Zajęte miejsca: 2/2, czekają 2 osoby · Może 0 osób · Nie idzie 0 osób',
    );
    for (const n of [1, 2, 3]) await attend(id, member(`U-MORE${n}`, `Więcej ${n}`, 'pl'), 'going');
    const announced = await composeDelivery(
      { type: 'event-announcement', eventId: id },
      'pl',
      deps,
    );
    expect(announced?.items[0]?.context).toContain(
      'Zajęte miejsca: 2/2, czeka 5 osób · Może 0 osób · Nie idzie 0 osób',
    );
    const inEnglish = await composeDelivery(
      { type: 'event-announcement', eventId: id },
      'en',
      deps,
    );
    expect(inEnglish?.items[0]?.context).toContain('2/2 going, 5 waiting · Maybe 0 · Not going 0');
    const t = createTranslator('pl', 'UTC');
    expect(t.t('places:waiting', { count: 1 })).toBe('czeka 1 osoba');
    expect(t.t('places:waiting', { count: 22 })).toBe('czekają 22 osoby');
  });

  it('gives the place of someone who leaves to the first waiting, in the same write', async () => {
    const id = await schedule('1');
    await attend(id, anna, 'going');
    await attend(id, jan, 'going');
    await attend(id, ola, 'going');

    const left = await attend(id, anna, 'maybe');
    expect(left.summary).toBe('Done: you may go to “Warsztaty pisania wniosków”.');
    expect(await deps.store.attendance.answerOf(await personId('U-JAN'), id)).toBe('going');
    expect(await deps.store.attendance.waitingPosition(await personId('U-OLA'), id)).toBe(1);
    const [entry] = await deps.store.audit.recent(1);
    expect(entry).toMatchObject({
      action: 'event.attend',
      subject: id,
      after: { answer: 'maybe', promoted: [await personId('U-JAN')] },
    });
    const promoted = await deps.store.attendance.promoted(id);
    expect(promoted.map((given) => given.person.displayName)).toEqual(['Jan']);
    const outbox = (await deps.store.outbox.pending(100)).map((row) => row.message);
    expect(outbox).toContainEqual({ type: 'event-changed', eventId: id });
  });

  it('gives raised places to the first waiting when a coordinator edits the meeting', async () => {
    const id = await schedule('1');
    for (const who of [anna, jan, ola, piotr]) await attend(id, who, 'going');
    const event = await deps.store.events.byId(id);
    if (!event) throw new Error('no meeting');
    const outcome = await submitForm(
      { form: 'meeting-edit', subject: id },
      { ...meetingValues(event), capacity: '3' },
      asCoordinator('pl'),
      deps,
    );
    expect(outcome.type).toBe('done');
    expect(outcome.type === 'done' && outcome.reply.summary).toContain(
      'Miejsca dostały 2 osoby z listy oczekujących.',
    );
    expect(await deps.store.attendance.counts(id)).toMatchObject({ going: 3, waiting: 1 });
    expect((await deps.store.attendance.promoted(id)).map((p) => p.person.displayName)).toEqual([
      'Jan',
      'Ola',
    ]);
    expect(meetingValues((await deps.store.events.byId(id)) ?? event).capacity).toBe('3');
  });

  it('refuses a plain member’s places, typed or forged, and changes nothing', async () => {
    const id = await schedule('2');
    const before = await deps.store.events.byId(id);
    if (!before) throw new Error('no meeting');
    const forged = await submitForm(
      { form: 'meeting-edit', subject: id },
      { ...meetingValues(before), capacity: '10000' },
      asCoordinator('en', false),
      deps,
    );
    expect(forged.type === 'refused' && forged.reply.refusal).toBe('coordinator-only');
    const scheduled = await submitForm(
      { form: 'meeting-schedule' },
      { ...meeting, title: 'Mine', capacity: '5' },
      asCoordinator('pl', false),
      deps,
    );
    expect(scheduled.type === 'refused' && scheduled.reply.refusal).toBe('coordinator-only');
    expect(await deps.store.events.byId(id)).toEqual(before);
  });

  const wrong = ['0', '-3', '2.5', 'twenty', '10001'];
  for (const locale of ['en', 'pl'] as const)
    it(`refuses places that are not a whole number from 1 to 10000 in ${locale}, in words, and stores nothing`, async () => {
      const context = asCoordinator(locale);
      const form = formById('meeting-schedule');
      if (!form) throw new Error('no form');
      for (const text of wrong) {
        const outcome = await submitForm(
          { form: 'meeting-schedule' },
          { ...meeting, capacity: text },
          context,
          deps,
        );
        if (outcome.type !== 'invalid') throw new Error(`accepted ${text}`);
        const errors = localisedErrors({ form }, outcome.errors, createTranslator(locale, 'UTC'));
        expect(errors).toEqual([
          locale === 'en'
            ? {
                field: 'capacity',
                label: 'Places',
                text: 'Places must be a whole number from 1 to 10000. Leave it empty for no limit.',
              }
            : {
                field: 'capacity',
                label: 'Liczba miejsc',
                text: 'Liczba miejsc to liczba całkowita od 1 do 10000. Zostaw puste pole, jeśli nie ma limitu.',
              },
        ]);
      }
      expect(await deps.store.audit.recent(10)).toEqual([]);
    });

  it('takes "1 000" as a thousand places and empty as no limit', async () => {
    const thousand = await schedule('1 000');
    expect((await deps.store.events.byId(thousand))?.meeting?.capacity).toBe(1000);
    const open = await submitForm(
      { form: 'meeting-schedule' },
      { ...meeting, title: 'Bez limitu', capacity: '' },
      asCoordinator(),
      deps,
    );
    const id = open.type === 'done' ? open.subject : undefined;
    expect(id && (await deps.store.events.byId(id))?.meeting).not.toHaveProperty('capacity');
  });
});

describe('the waiting list for coordinators', () => {
  it('shows who waits in the attendance list and as `waiting` in the CSV', async () => {
    const id = await schedule('1');
    await attend(id, anna, 'going');
    await attend(id, jan, 'going');
    const coordinator = {
      ...member('U-COORD', 'Kasia'),
      requester: { ...member('U-COORD', 'Kasia').requester, isCoordinator: true },
    };
    const list = await press({ type: 'attendees', eventId: id, page: 1 }, coordinator);
    expect(list.summary).toBe(
      '2 people have answered\n1/1 going, 1 waiting · Maybe 0 · Not going 0',
    );
    expect(list.items.map((item) => [item.title, item.context.at(-2)])).toEqual([
      ['Anna', 'Going'],
      ['Jan', 'On the waiting list'],
    ]);
    const polish = await press(
      { type: 'attendees', eventId: id, page: 1 },
      { ...coordinator, locale: 'pl' },
    );
    expect(polish.items[1]?.context.at(-2)).toBe('Na liście oczekujących');

    const exported = await press({ type: 'attendees-csv', eventId: id }, coordinator);
    const rows = parse(exported.files?.[0]?.text ?? '', { bom: true }) as string[][];
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['Name', 'Answer'],
      ['Anna', 'going'],
      ['Jan', 'waiting'],
    ]);
  });
});

describe('the DM of a place given', () => {
  it('says the place is theirs, when in their zone, where, with Not going, in both languages', async () => {
    const id = await schedule('1');
    const message = {
      type: 'waiting-list-place',
      eventId: id,
      viewerZone: 'Europe/Lisbon',
    } as const;
    const pl = await composeDelivery(message, 'pl', deps);
    expect(pl?.title).toBe('Masz miejsce: Warsztaty pisania wniosków');
    expect(pl?.summary).toContain('Zwolniło się miejsce i jest Twoje');
    expect(pl?.summary).toContain('Twoja strefa: Lizbona');
    expect(pl?.summary).toContain('Miejsce: Łódź, ul. Piotrkowska 1');
    expect(pl?.actions.map((action) => action.label)).toContain('Nie idę');
    const en = await composeDelivery(message, 'en', deps);
    expect(en && replyText(en)).toContain('A place is yours: Warsztaty pisania wniosków');
    expect(en?.actions.at(-1)?.action).toEqual({
      type: 'attend',
      eventId: id,
      answer: 'not-going',
    });
  });

  it('is not sent for a cancelled meeting', async () => {
    const id = await schedule('1');
    const cancelled = await submitForm(
      { form: 'meeting-cancel', subject: id },
      {},
      asCoordinator(),
      deps,
    );
    expect(cancelled.type).toBe('done');
    expect(
      await composeDelivery(
        { type: 'waiting-list-place', eventId: id, viewerZone: 'UTC' },
        'en',
        deps,
      ),
    ).toBeUndefined();
  });
});
