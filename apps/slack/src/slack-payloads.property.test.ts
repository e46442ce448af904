import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formCatalogue } from '@glokal/chat';
import {
  blockActionsPayload,
  interactionBody,
  viewSubmissionPayload,
  type SlackDelivery,
} from '@glokal/testing/slack';
import { ACTION_PREFIX, SHARE_ACTION_ID } from './render/blocks';
import { FORM_CALLBACK_PREFIX, FORM_TOOL_ACTION_PREFIX } from './render/render-form';
import { members, place, startSlackHarness, type SlackHarness } from './test-support/slack-harness';

/**
 * Signed requests whose content is anything: slash-command fields, button presses and modal
 * submissions with arbitrary values where the app reads them. The app answers each (or refuses
 * it with a 4xx), never with a 5xx, and still answers a plain command afterwards.
 * `SLACK_PAYLOADS_SEED=<seed>` replays a failure fast-check reports.
 */
const SEED = Number(process.env['SLACK_PAYLOADS_SEED'] ?? 20_261_203);
/** Each case is a real HTTP request through Bolt and the store. */
const RUNS = 400;

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', '\u0000', '__proto__', '%', 'x'.repeat(4000), '{"a":1}', 'null', '-1'),
);
const json = fc.jsonValue({ maxDepth: 3 });
const someone = fc.constantFrom(members.anna.id, members.kasia.id, 'U0NOBODY', '');
const words = fc.constantFrom(
  'events',
  'grants',
  'grant add',
  'subscribe grants',
  'settings language en',
  'docs',
  'members',
  'history',
  'schedule',
  'import',
);

async function expectAnswered(delivery: SlackDelivery) {
  const answer = await harness.send(delivery);
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
}

/** A plain command still gets its reply: nothing before it broke the app. */
async function expectStillAnswering() {
  const answer = await harness.command('help', members.anna);
  expect(answer.status).toBe(200);
  expect(answer.message).toBeDefined();
}

describe('the Slack app given arbitrary requests', () => {
  it('refuses a signed body that is no object (null, a number, a string, a list) and goes on', async () => {
    const form = 'application/x-www-form-urlencoded' as const;
    const bodies: SlackDelivery[] = [
      ...['null', '-1', '"text"', '[]', 'true'].map((payload) => ({
        body: new URLSearchParams({ payload }).toString(),
        contentType: form,
      })),
      { body: 'null', contentType: 'application/json' as const },
      { body: '7', contentType: 'application/json' as const },
    ];
    for (const delivery of bodies) {
      const answer = await harness.send(delivery);
      expect(answer.status, delivery.body).toBe(400);
    }
    await expectStillAnswering();
  });

  it('answers slash commands with any fields', { timeout: 180_000 }, async () => {
    const fields = fc.record({
      text: fc.oneof(
        words,
        junk,
        fc.tuple(words, junk).map(([w, j]) => `${w} ${j}`),
      ),
      user_id: someone,
      user_name: junk,
      team_id: fc.constantFrom(place.teamId, 'T0OTHER', ''),
      channel_id: fc.oneof(fc.constant(place.channelId), junk),
      command: fc.constantFrom('/glokal', '/other', ''),
      extra: fc.dictionary(junk, junk, { maxKeys: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fields, async ({ extra, ...given }) => {
        const body = new URLSearchParams({
          token: 'legacy-verification-token',
          api_app_id: 'A0GLOKAL1',
          response_url: harness.slack.responseUrl('commands'),
          trigger_id: '1.2.3',
          ...extra,
          ...given,
        });
        await expectAnswered({
          body: body.toString(),
          contentType: 'application/x-www-form-urlencoded',
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    await expectStillAnswering();
  });

  it('answers button presses with any action and value', { timeout: 180_000 }, async () => {
    const press = fc.record({
      user: someone,
      actionId: fc.oneof(
        fc.constantFrom(SHARE_ACTION_ID, `${FORM_TOOL_ACTION_PREFIX}suggest-times`),
        junk.map((text) => `${ACTION_PREFIX}${text}`),
      ),
      value: fc.oneof(
        junk,
        fc.constantFrom('r|grants|2|', 'r|grant|1|name=ka220-vet-2026', 'f|1|ka220-vet-2026'),
        fc.tuple(fc.constantFrom('r', 'f', 'a', 'o'), junk, junk).map((p) => p.join('|')),
      ),
      inView: fc.boolean(),
      state: fc.dictionary(junk, fc.dictionary(junk, json, { maxKeys: 2 }), { maxKeys: 3 }),
      callbackId: fc.oneof(junk, fc.constantFrom(...formCatalogue.map((f) => f.id))),
    });
    await fc.assert(
      fc.asyncProperty(press, async (p) => {
        const payload = blockActionsPayload({
          user: { id: p.user, name: 'someone' },
          place,
          container: p.inView
            ? {
                type: 'view',
                viewId: 'V0MODAL01',
                viewType: 'modal',
                callbackId: `${FORM_CALLBACK_PREFIX}${p.callbackId}`,
                privateMetadata: p.value,
                values: p.state,
              }
            : {
                type: 'message',
                messageTs: '1781251200.000100',
                channelId: place.channelId,
                isEphemeral: true,
              },
          button: { actionId: p.actionId, blockId: 'b1', text: 'x', value: p.value },
          responseUrl: harness.slack.responseUrl('actions'),
        });
        await expectAnswered(interactionBody(payload));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    await expectStillAnswering();
  });

  it(
    'answers modal submissions with any form, metadata and values',
    { timeout: 180_000 },
    async () => {
      const inputState = fc.oneof(
        fc.record({
          type: fc.constant('plain_text_input'),
          value: fc.oneof(junk, fc.constant(null)),
        }),
        fc.record({
          type: fc.constant('datepicker'),
          selected_date: fc.oneof(junk, fc.constant(null)),
        }),
        fc.record({
          type: fc.constant('timepicker'),
          selected_time: fc.oneof(junk, fc.constant(null)),
        }),
        fc.record({
          type: fc.constant('static_select'),
          selected_option: fc.oneof(fc.constant(null), fc.record({ value: junk })),
        }),
        fc.record({ type: fc.constant('multi_users_select'), selected_users: fc.array(junk) }),
        fc.record({ type: fc.constant('file_input'), files: fc.array(fc.dictionary(junk, json)) }),
        json,
      );
      const submission = fc.record({
        user: someone,
        form: fc.oneof(junk, fc.constantFrom(...formCatalogue.map((form) => form.id))),
        privateMetadata: fc.oneof(
          junk,
          json.map((value) => JSON.stringify(value)),
        ),
        values: fc.dictionary(
          fc.oneof(
            junk,
            fc.constantFrom('f:title', 'f:deadline:date', 'f:deadline:time', 'f:file'),
          ),
          fc.dictionary(junk, inputState as fc.Arbitrary<never>, { minKeys: 1, maxKeys: 2 }),
          { maxKeys: 5 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(submission, async (s) => {
          const payload = viewSubmissionPayload({
            user: { id: s.user, name: 'someone' },
            place,
            callbackId: `${FORM_CALLBACK_PREFIX}${s.form}`,
            privateMetadata: s.privateMetadata,
            values: s.values,
          });
          await expectAnswered(interactionBody(payload));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      await expectStillAnswering();
    },
  );
});
