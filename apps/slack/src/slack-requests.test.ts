import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEASON_NOW } from '@glokal/chat/testing';
import { createLogger } from '@glokal/config';
import { createTranslator, fixedClock } from '@glokal/domain';
import {
  signedHeaders,
  slashCommandBody,
  slashCommandPayload,
  viewSubmissionPayload,
} from '@glokal/testing/slack';
import { startSlackApp } from './start-slack-app';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  headerOf,
  members,
  place,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';
import { submittedState } from './test-support/modal-state';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

/** Nobody was recorded and Slack was asked nothing after start-up: the request ran nothing. */
async function expectNothingRan() {
  expect(
    await harness.store.people.byChatIdentity({ platform: 'slack', userId: members.anna.id }),
  ).toBeUndefined();
  expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
}

function commandBody(text: string) {
  return slashCommandBody({
    text,
    user: { id: members.anna.id, name: members.anna.name },
    place,
    responseUrl: harness.slack.responseUrl(),
  });
}

describe('requests Slack did not sign', () => {
  it('answers 401 to a signature made with another secret', async () => {
    const answer = await harness.send(commandBody('settings language en'), {
      signingSecret: 'not-the-secret',
    });
    expect(answer.status).toBe(401);
    await expectNothingRan();
  });

  it('answers 401 to a correctly signed request older than five minutes', async () => {
    const answer = await harness.send(commandBody('settings language en'), {
      signingSecret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(answer.status).toBe(401);
    await expectNothingRan();
  });

  it('answers 401 when the signature headers are missing', async () => {
    const answer = await harness.send(commandBody('settings language en'), 'unsigned');
    expect(answer.status).toBe(401);
    await expectNothingRan();
  });

  it('answers 401 when the body was changed after signing', async () => {
    const signed = commandBody('events');
    const headers = signedHeaders({ signingSecret: SIGNING_SECRET, rawBody: signed.body });
    const response = await fetch(harness.url, {
      method: 'POST',
      headers: { 'content-type': signed.contentType, ...headers },
      body: signed.body.replace('text=events', 'text=settings+language+en'),
    });
    expect(response.status).toBe(401);
    await expectNothingRan();
  });

  it('answers a signed request, and Slack’s URL check with its challenge', async () => {
    const answer = await harness.send(commandBody('help'));
    expect(answer.status).toBe(200);
    const challenge = await harness.send({
      body: JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' }),
      contentType: 'application/json',
    });
    expect(challenge.json).toEqual({ challenge: 'c-123' });
  });
});

describe('Socket Mode', () => {
  it('answers /glokal and its forms over the socket when an app token is set, and opens no HTTP port', async () => {
    const app = await startSlackApp({
      slack: {
        botToken: BOT_TOKEN,
        signingSecret: '',
        appToken: 'xapp-test-token',
        port: 0,
        apiUrl: harness.slack.apiUrl,
        coordinators: [],
      },
      cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' },
      store: harness.store,
      clock: fixedClock(SEASON_NOW),
      logger: createLogger({ level: 'silent' }),
    });
    try {
      expect(app.port).toBeUndefined();
      await harness.slack.socketMode.waitForConnection();
      const payload = slashCommandPayload({
        text: 'events',
        user: members.john,
        place,
        responseUrl: harness.slack.responseUrl(),
      });
      const ack = await harness.slack.socketMode.send('slash_commands', payload);
      expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
      expect(headerOf(ack.payload?.['blocks'])).toBe(
        createTranslator('en', 'Europe/London').t('events:title'),
      );

      // A form over the socket: opened with the command's trigger, its errors in the ack.
      const opens = harness.slack.callsTo('views.open').length;
      const command = slashCommandPayload({
        text: 'grant add',
        user: members.emma,
        place,
        responseUrl: harness.slack.responseUrl(),
      });
      const acked = await harness.slack.socketMode.send('slash_commands', command);
      expect(acked.payload ?? {}).toEqual({});
      const { view } = await harness.modal(opens + 1);
      const submitted = await harness.slack.socketMode.send(
        'interactive',
        viewSubmissionPayload({
          user: members.emma,
          place,
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          values: submittedState(view, {
            'f:programme': 'Interreg',
            'f:title': 'Small projects',
            'f:deadline:date': '2027-03-28',
            'f:deadline:time': '02:30',
          }),
        }),
      );
      expect(submitted.payload).toEqual({
        response_action: 'errors',
        errors: {
          'f:deadline:time': createTranslator('en', 'Europe/London').t(
            'forms:error.date_time.in-dst-gap',
            { text: '2027-03-28 02:30' },
          ),
        },
      });
    } finally {
      await app.stop();
    }
  });
});
