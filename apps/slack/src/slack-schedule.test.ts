import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator } from '@glokal/domain';
import { blockKitProblems, modalProblems } from '@glokal/testing/slack';
import {
  blockText,
  findButton,
  members,
  place,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';
import { inputsOf, type Answer } from './test-support/modal-state';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());
beforeEach(() => harness.slack.reset());

const pl = createTranslator('pl', 'Europe/Warsaw').t;

const ErrorsAck = z.object({
  response_action: z.literal('errors'),
  errors: z.record(z.string(), z.string()),
});

const meeting: Record<string, Answer> = {
  'f:title': 'Spotkanie partnerów KA220',
  'f:start:date': '2026-06-22',
  'f:start:time': '10:00',
  'f:place': 'online',
  'f:invitees': [members.anna.id],
};

describe('/glokal zaplanuj on Slack', () => {
  it('opens the meeting modal, stores a good submission with both messages, and confirms with Edit', async () => {
    const answer = await harness.command('zaplanuj', members.kasia);
    expect(answer.status).toBe(200);
    expect(answer.message).toBeUndefined();
    const modal = (await harness.modal(1)).view;
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.callback_id).toBe('glokal-form:meeting-schedule');
    expect(modal.title.text).toBe(pl('meetings:schedule_title'));
    const inputs = inputsOf(modal);
    const kinds = Object.fromEntries([...inputs].map(([id, input]) => [id, input.element.type]));
    expect(kinds).toMatchObject({
      'f:title': 'plain_text_input',
      'f:kind': 'static_select',
      'f:start:date': 'datepicker',
      'f:start:time': 'timepicker',
      'f:end:date': 'datepicker',
      'f:invitees': 'multi_users_select',
      'f:channel': 'conversations_select',
      'f:language': 'static_select',
    });
    expect(inputs.get('f:channel')?.element.initial_conversation).toBe(place.channelId);
    expect(inputs.get('f:kind')?.element.initial_option?.value).toBe('meeting');

    const gap = await harness.submit(
      modal,
      { ...meeting, 'f:start:date': '2027-03-28', 'f:start:time': '02:30' },
      members.kasia,
    );
    expect(ErrorsAck.parse(gap.ack).errors).toEqual({
      'f:start:time': pl('forms:error.date_time.in-dst-gap', { text: '2027-03-28 02:30' }),
    });
    expect(await harness.store.outbox.pending(100)).toEqual([]);

    const submitted = await harness.submit(modal, meeting, members.kasia);
    expect(submitted.ack).toEqual({ response_action: 'clear' });
    const outbox = (await harness.store.outbox.pending(100)).map((entry) => entry.message);
    const write = outbox.find((message) => message.type === 'calendar-write');
    if (write?.type !== 'calendar-write') throw new Error('no calendar write');
    expect(write).toMatchObject({ action: 'insert', revision: 1 });
    expect(outbox).toContainEqual({
      type: 'announce',
      subject: { type: 'event-announcement', eventId: write.eventId },
    });
    expect(await harness.store.events.byId(write.eventId)).toMatchObject({
      title: 'Spotkanie partnerów KA220',
      source: 'glokal',
      timing: { start: '2026-06-22T08:00:00.000Z', end: '2026-06-22T09:00:00.000Z' },
      meeting: {
        online: true,
        invitees: [{ platform: 'slack', userId: members.anna.id }],
        announceIn: { platform: 'slack', channelId: place.channelId },
        language: 'pl',
      },
    });

    const confirmation = await harness.slack.waitForCall('chat.postEphemeral');
    expect(confirmation.params).toMatchObject({ channel: place.channelId, user: members.kasia.id });
    const blocks: unknown = JSON.parse(String(confirmation.params['blocks']));
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    expect(blockText(blocks)).toContain(
      pl('meetings:scheduled', { title: 'Spotkanie partnerów KA220' }),
    );
    expect(findButton(blocks, pl('meetings:edit'))).toBeDefined();
    expect(findButton(blocks, pl('meetings:cancel'))).toBeDefined();
  });
});
