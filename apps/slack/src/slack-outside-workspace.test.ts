import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAction } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import {
  appHomeOpenedBody,
  blockActionsPayload,
  interactionBody,
  slashCommandBody,
  viewSubmissionPayload,
} from '@glokal/testing/slack';
import {
  SlackMessageBody,
  blockText,
  members,
  place,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';

/** A workspace that is not the cluster's, whose requests reach the app signed with its secret. */
const elsewhere = { ...place, teamId: 'T0STRANGER', teamDomain: 'someone-else' };
const mallory = { id: 'U0MALLORY', name: 'mallory' };

const notice = (locale: 'pl' | 'en') => createTranslator(locale, 'UTC').t('outsiders:title');

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

/** Slack was asked nothing after start and nobody was recorded: the request ran nothing. */
async function expectNothingRan(): Promise<void> {
  expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
  expect(
    await harness.store.people.byChatIdentity({ platform: 'slack', userId: mallory.id }),
  ).toBeUndefined();
}

async function commandFromElsewhere(text: string) {
  harness.slack.reset();
  const answer = await harness.send(
    slashCommandBody({
      text,
      user: mallory,
      place: elsewhere,
      responseUrl: harness.slack.responseUrl(),
    }),
  );
  expect(answer.status).toBe(200);
  return SlackMessageBody.parse(answer.json);
}

describe('the Slack app and a workspace that is not the cluster’s', () => {
  it('answers a command from there with a notice in both languages, only to the asker', async () => {
    const message = await commandFromElsewhere('members');
    expect(message.response_type).toBe('ephemeral');
    const text = blockText(message.blocks);
    expect(text).toContain(notice('pl'));
    expect(text).toContain(notice('en'));
    expect(text.indexOf(notice('pl'))).toBeLessThan(text.indexOf(notice('en')));
    expect(text).not.toMatch(/CKZiU|@ckziu\.example\.org/);
    await expectNothingRan();
  });

  it('subscribes nothing for a subscribe from there', async () => {
    const message = await commandFromElsewhere('subscribe events');
    expect(blockText(message.blocks)).toContain(notice('pl'));
    expect(
      await harness.store.subscriptions.forChannel({
        platform: 'slack',
        channelId: elsewhere.channelId,
      }),
    ).toBeUndefined();
    await expectNothingRan();
  });

  it('records no “I’m going” from a button pressed there, and says why', async () => {
    harness.slack.reset();
    const responseUrl = harness.slack.responseUrl('actions');
    const payload = blockActionsPayload({
      user: mallory,
      place: elsewhere,
      container: {
        type: 'message',
        messageTs: '1781251200.000200',
        channelId: elsewhere.channelId,
        isEphemeral: false,
      },
      button: {
        actionId: 'glokal:attend',
        blockId: 'b1',
        text: 'Idę',
        value: encodeAction({ type: 'attend', eventId: 'e-board', answer: 'going' }),
      },
      responseUrl,
    });
    const answer = await harness.send(interactionBody(payload));
    expect(answer.status).toBe(200);
    const path = new URL(responseUrl).pathname;
    await harness.slack.waitForCall('response_url', {
      count: 1,
      where: (call) => call.path === path,
    });
    const [told] = harness.responses(responseUrl);
    expect(told).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockText(told?.blocks)).toContain(notice('en'));
    expect((await harness.store.attendance.counts('e-board')).going).toBe(0);
    expect(
      harness.slack.calls.filter(
        (call) => call.method !== 'auth.test' && call.method !== 'response_url',
      ),
    ).toEqual([]);
  });

  it('turns a form submitted there into the notice instead of saving it', async () => {
    harness.slack.reset();
    const answer = await harness.send(
      interactionBody(
        viewSubmissionPayload({
          user: mallory,
          place: elsewhere,
          callbackId: 'glokal:form:event',
          values: { title: { title: { type: 'plain_text_input', value: 'Spam' } } },
        }),
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
    expect(blockText(answer.json)).toContain(notice('pl'));
    await expectNothingRan();
  });

  it('publishes no Home tab for someone there', async () => {
    harness.slack.reset();
    const answer = await harness.send(
      appHomeOpenedBody({ user: mallory, teamId: elsewhere.teamId }),
    );
    expect(answer.status).toBe(200);
    // The event is acknowledged at once; give a listener, had one run, the time to call Slack.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.slack.callsTo('views.publish')).toEqual([]);
    await expectNothingRan();
  });

  it('still answers the cluster’s own workspace', async () => {
    const answer = await harness.command('members', members.anna);
    expect(blockText(answer.message?.blocks)).toContain('CKZiU');
  });
});

describe('SLACK_TEAM_ID', () => {
  it('makes its workspace the cluster’s, even when the token belongs to another', async () => {
    const other = await startSlackHarness({ teamId: elsewhere.teamId, seed: false });
    try {
      const ours = await other.command('help', members.anna);
      expect(blockText(ours.message?.blocks)).toContain(notice('pl'));
      const theirs = await other.send(
        slashCommandBody({
          text: 'help',
          user: mallory,
          place: elsewhere,
          responseUrl: other.slack.responseUrl(),
        }),
      );
      expect(blockText(SlackMessageBody.parse(theirs.json).blocks)).not.toContain(notice('pl'));
    } finally {
      await other.stop();
    }
  });
});
