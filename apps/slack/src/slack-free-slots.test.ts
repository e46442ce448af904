import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEASON_NOW } from '@glokal/chat/testing';
import { createLogger } from '@glokal/config';
import { createTranslator } from '@glokal/domain';
import {
  FreeSlotsJob,
  openChatJobs,
  openProducer,
  queues,
  removePrefixedKeys,
  type OpenedChatJobs,
} from '@glokal/queue';
import { blockKitProblems, modalProblems } from '@glokal/testing/slack';
import {
  blockText,
  findButton,
  members,
  place,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';

const target = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-slack-slots-${randomUUID()}`,
};
const requests = openProducer(queues.freeSlots, target);
let jobs: OpenedChatJobs | undefined;
let harness: SlackHarness;

const pl = createTranslator('pl', 'Europe/Warsaw').t;
const en = createTranslator('en', 'America/New_York').t;

beforeAll(async () => {
  harness = await startSlackHarness({
    jobs: (store) => {
      jobs = openChatJobs(target, store, { logger: createLogger({ level: 'silent' }) });
      return jobs;
    },
  });
});
afterAll(async () => {
  await harness.stop();
  await jobs?.close();
  await requests.close();
  await removePrefixedKeys(target);
});
beforeEach(() => harness.slack.reset());

const freeSlotRows = () =>
  harness.testStore.opened.query(`select key, message from outbox where type = 'free-slots'`);

async function scheduleModal(who: typeof members.kasia | typeof members.emma) {
  await harness.command(who === members.kasia ? 'zaplanuj' : 'schedule', who);
  return (await harness.modal(1)).view;
}

/** The private answer beside the modal (ephemeral in the channel the form came from). */
async function answerBeside() {
  const call = await harness.slack.waitForCall('chat.postEphemeral', { timeoutMs: 20_000 });
  expect(call.params).toMatchObject({ channel: place.channelId });
  const blocks: unknown = JSON.parse(String(call.params['blocks']));
  expect(blockKitProblems(blocks, 'message')).toEqual([]);
  return { user: call.params['user'], text: blockText(blocks) };
}

describe('Suggest times in the schedule modal on Slack', () => {
  it('asks once for the length and invitees the modal holds, however often pressed, and says at once that the times come by DM', async () => {
    const modal = await scheduleModal(members.kasia);
    expect(modalProblems(modal)).toEqual([]);
    const suggest = findButton(modal.blocks, pl('slots:suggest'));
    if (!suggest) throw new Error('no Suggest times in the modal');
    const answers = { 'f:duration': '1h30', 'f:invitees': [members.anna.id, members.john.id] };

    // A double click: two presses of the same request.
    expect((await harness.pressInModal(modal, suggest, answers, members.kasia)).status).toBe(200);
    const first = await answerBeside();
    expect(first.user).toBe(members.kasia.id);
    expect(first.text).toContain(pl('slots:asked', { minutes: 90 }));
    expect((await harness.pressInModal(modal, suggest, answers, members.kasia)).status).toBe(200);
    await harness.slack.waitForCall('chat.postEphemeral', { count: 2, timeoutMs: 20_000 });

    const rows = await freeSlotRows();
    expect(rows).toHaveLength(1);
    const queued = await requests.queue.getJobs(['waiting', 'delayed', 'active']);
    expect(queued).toHaveLength(1);
    const job = FreeSlotsJob.parse(queued[0]?.data);
    expect(job).toEqual({
      key: rows[0]?.['key'],
      platform: 'slack',
      workspaceId: place.teamId,
      coordinator: { userId: members.kasia.id, timeZone: 'Europe/Warsaw', locale: 'pl' },
      lengthMinutes: 90,
      invitees: [members.anna.id, members.john.id],
      askedAt: SEASON_NOW.toISOString(),
    });
    const audit = await harness.store.audit.recent(5);
    expect(audit[0]).toMatchObject({ action: 'meeting.free-slots', platform: 'slack' });
  });

  it('refuses a plain member who forges the press, and writes nothing', async () => {
    const modal = await scheduleModal(members.kasia);
    const suggest = findButton(modal.blocks, pl('slots:suggest'));
    if (!suggest) throw new Error('no Suggest times in the modal');
    const before = await freeSlotRows();
    await harness.pressInModal(modal, suggest, { 'f:duration': '45 min' }, members.anna);
    const answer = await answerBeside();
    expect(answer.user).toBe(members.anna.id);
    expect(answer.text).toContain(pl('chat:problem.coordinator_only_title'));
    expect(await freeSlotRows()).toEqual(before);
  });

  it('says what is wrong with the length under its label, in Polish and in English, and asks nothing', async () => {
    const before = await freeSlotRows();
    const polish = await scheduleModal(members.kasia);
    const suggestPl = findButton(polish.blocks, pl('slots:suggest'));
    if (!suggestPl) throw new Error('no Zaproponuj terminy in the modal');
    await harness.pressInModal(polish, suggestPl, { 'f:duration': 'długo' }, members.kasia);
    expect((await answerBeside()).text).toContain(
      pl('forms:error.field', {
        label: pl('meetings:duration.label'),
        problem: pl('forms:error.duration', { text: 'długo' }),
      }),
    );

    harness.slack.reset();
    const english = await scheduleModal(members.emma);
    const suggestEn = findButton(english.blocks, en('slots:suggest'));
    if (!suggestEn) throw new Error('no Suggest times in the modal');
    await harness.pressInModal(english, suggestEn, { 'f:duration': '3 days' }, members.emma);
    expect((await answerBeside()).text).toContain(
      en('forms:error.field', {
        label: en('meetings:duration.label'),
        problem: en('slots:error.length_range'),
      }),
    );
    expect(await freeSlotRows()).toEqual(before);
  });

  it('takes /glokal terminy with a length and mentions from the command line', async () => {
    const answer = await harness.command(`terminy 2 godz <@${members.anna.id}|anna>`, members.kasia);
    expect(answer.status).toBe(200);
    const responded = answer.message ?? harness.responses(answer.responseUrl)[0];
    expect(blockText(responded?.blocks ?? [])).toContain(pl('slots:asked', { minutes: 120 }));
    const messages = (await freeSlotRows()).map((row) => row['message']);
    expect(messages).toContainEqual(
      expect.objectContaining({ lengthMinutes: 120, invitees: [members.anna.id] }),
    );
  });
});
