import { z } from 'zod';
import { SEASON_NOW, loadSeason } from '@glokal/chat/testing';
import type { ChatJobs } from '@glokal/chat';
import { createLogger } from '@glokal/config';
import { fixedClock, type ClusterStore } from '@glokal/domain';
import {
  appHomeOpenedBody,
  blockActionsPayload,
  interactionBody,
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type FakeSlackUser,
  type SlackDelivery,
} from '@glokal/testing/slack';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startSlackApp, type SlackApp, type StartSlackAppOptions } from '../start-slack-app';
import { slackHostileEvent } from './hostile-text';
import { OpenedModal, submittedState, type Answer } from './modal-state';

export const SIGNING_SECRET = 'glokal-test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const place = { teamId: 'T0GLOKAL1', channelId: 'C0OGOLNY', channelName: 'ogolny' };
/** A Slack user group named in `SLACK_COORDINATORS`: its members coordinate. */
export const COORDINATOR_GROUP = 'S0KOORD';

/**
 * Members of the fake workspace: Anna writes Polish, John English, Kasia coordinates (named in
 * `SLACK_COORDINATORS`), Emma is a workspace admin, José's Slack is in Portuguese.
 */
export const members = {
  anna: {
    id: 'U0ANNA',
    name: 'anna',
    realName: 'Anna Nowak',
    locale: 'pl-PL',
    tz: 'Europe/Warsaw',
  },
  john: {
    id: 'U0JOHN',
    name: 'john',
    realName: 'John Smith',
    locale: 'en-GB',
    tz: 'Europe/London',
  },
  kasia: {
    id: 'U0KASIA',
    name: 'kasia',
    realName: 'Kasia Wiśniewska',
    locale: 'pl-PL',
    tz: 'Europe/Warsaw',
  },
  jose: {
    id: 'U0JOSE',
    name: 'jose',
    realName: 'José Silva',
    locale: 'pt-PT',
    tz: 'Europe/Lisbon',
  },
  emma: {
    id: 'U0EMMA',
    name: 'emma',
    realName: 'Emma Brown',
    locale: 'en-US',
    tz: 'America/New_York',
    isAdmin: true,
  },
} satisfies Record<string, FakeSlackUser>;
export type Member = (typeof members)[keyof typeof members];

/** What the app answers in an acknowledgement or sends to a `response_url`. */
export const SlackMessageBody = z.object({
  response_type: z.enum(['ephemeral', 'in_channel']).optional(),
  replace_original: z.boolean().optional(),
  delete_original: z.boolean().optional(),
  text: z.string().optional(),
  blocks: z.array(z.record(z.string(), z.unknown())).optional(),
});
export type SlackMessageBody = z.infer<typeof SlackMessageBody>;

export interface FoundButton {
  actionId: string;
  value: string;
  text: string;
}

/** The first button whose label matches, anywhere in the blocks. */
export function findButton(blocks: unknown, label: string | RegExp): FoundButton | undefined {
  const found: FoundButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const button = z
      .object({
        type: z.literal('button'),
        action_id: z.string(),
        value: z.string(),
        text: z.object({ text: z.string() }),
      })
      .safeParse(node);
    if (button.success)
      found.push({
        actionId: button.data.action_id,
        value: button.data.value,
        text: button.data.text.text,
      });
    Object.values(node).forEach(walk);
  };
  walk(blocks);
  return found.find((button) =>
    typeof label === 'string' ? button.text === label : label.test(button.text),
  );
}

/** Every text in the blocks, joined, to look for words. */
export function blockText(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    if ('text' in node && typeof node.text === 'string') texts.push(node.text);
    Object.values(node).forEach(walk);
  };
  walk(blocks);
  return texts.join('\n');
}

export function headerOf(blocks: unknown): string | undefined {
  const parsed = z
    .array(z.object({ type: z.string(), text: z.object({ text: z.string() }).optional() }))
    .safeParse(blocks);
  return parsed.success
    ? parsed.data.find((block) => block.type === 'header')?.text?.text
    : undefined;
}

export type Where =
  { kind: 'ephemeral' } | { kind: 'public'; messageTs: string } | { kind: 'home'; viewId: string };

export interface SlackHarness {
  slack: FakeSlack;
  store: ClusterStore;
  testStore: TestStore;
  app: SlackApp;
  /** `http://127.0.0.1:<port>/slack/events` */
  url: string;
  send(
    delivery: SlackDelivery,
    signing?: { signingSecret: string; timestamp?: number } | 'unsigned',
  ): ReturnType<typeof sendToSlackApp>;
  command(
    text: string,
    who: Member,
  ): Promise<{ status: number; message?: SlackMessageBody; responseUrl: string }>;
  press(
    button: FoundButton,
    who: Member,
    where: Where,
  ): Promise<{ status: number; responseUrl: string }>;
  homeOpened(who: Member): Promise<{ status: number }>;
  /** The `count`-th modal the app opened (waits for its `views.open`), and its trigger. */
  modal(count?: number): Promise<{ view: OpenedModal; triggerId: string }>;
  /**
   * Submits a modal as `who`, with `answers` by block id (other inputs keep what they started
   * with); `tamper` changes what the payload carries back. The app's acknowledgement as JSON.
   */
  submit(
    view: OpenedModal,
    answers: Record<string, Answer>,
    who: Member,
    tamper?: { callbackId?: string; privateMetadata?: string },
  ): Promise<{ status: number; ack: unknown }>;
  /**
   * Presses a button inside an open modal as `who`, with its inputs holding `answers` (by
   * block id; the others what they started with), as Slack sends it: the view's state.
   */
  pressInModal(
    view: OpenedModal,
    button: FoundButton,
    answers: Record<string, Answer>,
    who: Member,
  ): Promise<{ status: number }>;
  /** The JSON bodies posted to one response URL, in order. */
  responses(responseUrl: string): SlackMessageBody[];
  stop(): Promise<void>;
}

export interface HarnessOptions extends Partial<
  Pick<StartSlackAppOptions, 'ackDeadlineMs' | 'redis' | 'composeDelivery'>
> {
  /** The worker as the app reaches it (`openChatJobs` over the store), when a test needs jobs. */
  jobs?: (store: ClusterStore) => ChatJobs;
  /** Wraps the store the app sees (e.g. to slow a query down). */
  wrapStore?: (store: ClusterStore) => ClusterStore;
  seed?: boolean;
  /** `SLACK_TEAM_ID`; unset: the fake workspace the token belongs to is the cluster's. */
  teamId?: string;
}

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const clock = fixedClock(SEASON_NOW);
  // Slack stamps messages by the same clock the store keeps time with.
  const slack = await startFakeSlack({
    tokens: [BOT_TOKEN],
    users: Object.values(members),
    now: () => clock.now(),
  });
  const testStore = await createTestStore({ clock });
  if (options.seed !== false) await loadSeason(testStore.store, { events: [slackHostileEvent] });
  const app = await startSlackApp({
    slack: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl: slack.apiUrl,
      coordinators: [members.kasia.id, COORDINATOR_GROUP],
      ...(options.teamId ? { teamId: options.teamId } : {}),
    },
    cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' },
    store: options.wrapStore ? options.wrapStore(testStore.store) : testStore.store,
    clock,
    logger: createLogger({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    ...(options.ackDeadlineMs === undefined ? {} : { ackDeadlineMs: options.ackDeadlineMs }),
    ...(options.redis ? { redis: options.redis } : {}),
    ...(options.composeDelivery ? { composeDelivery: options.composeDelivery } : {}),
    ...(options.jobs ? { jobs: options.jobs(testStore.store) } : {}),
  });
  const url = `http://127.0.0.1:${app.port ?? 0}/slack/events`;
  const send: SlackHarness['send'] = (delivery, signing = { signingSecret: SIGNING_SECRET }) =>
    sendToSlackApp(url, delivery, signing);
  const user = (who: Member) => ({ id: who.id, name: who.name });

  return {
    slack,
    store: testStore.store,
    testStore,
    app,
    url,
    send,
    async command(text, who) {
      const responseUrl = slack.responseUrl('commands');
      const answer = await send(slashCommandBody({ text, user: user(who), place, responseUrl }));
      const message = SlackMessageBody.safeParse(answer.json);
      return {
        status: answer.status,
        responseUrl,
        ...(message.success ? { message: message.data } : {}),
      };
    },
    async press(button, who, where) {
      const responseUrl = slack.responseUrl('actions');
      const container =
        where.kind === 'home'
          ? { type: 'view' as const, viewId: where.viewId, viewType: 'home' as const }
          : {
              type: 'message' as const,
              messageTs: where.kind === 'public' ? where.messageTs : '1781251200.000100',
              channelId: place.channelId,
              isEphemeral: where.kind === 'ephemeral',
            };
      const payload = blockActionsPayload({
        user: user(who),
        place,
        container,
        button: { ...button, blockId: 'b1' },
        ...(where.kind === 'home' ? {} : { responseUrl }),
      });
      const answer = await send(interactionBody(payload));
      return { status: answer.status, responseUrl };
    },
    async homeOpened(who) {
      const answer = await send(appHomeOpenedBody({ user: user(who), teamId: place.teamId }));
      return { status: answer.status };
    },
    async modal(count = 1) {
      const call = await slack.waitForCall('views.open', { count });
      const view: unknown =
        typeof call.params['view'] === 'string'
          ? JSON.parse(call.params['view'])
          : call.params['view'];
      return { view: OpenedModal.parse(view), triggerId: String(call.params['trigger_id']) };
    },
    async submit(view, answers, who, tamper = {}) {
      const payload = viewSubmissionPayload({
        user: user(who),
        place,
        callbackId: tamper.callbackId ?? view.callback_id,
        privateMetadata: tamper.privateMetadata ?? view.private_metadata,
        values: submittedState(view, answers),
        blocks: view.blocks,
      });
      const answer = await send(interactionBody(payload));
      return { status: answer.status, ack: answer.json };
    },
    async pressInModal(view, button, answers, who) {
      const payload = blockActionsPayload({
        user: user(who),
        place,
        container: {
          type: 'view',
          viewId: 'V0MODAL1',
          viewType: 'modal',
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          values: submittedState(view, answers),
        },
        button: { ...button, blockId: 'form-tools' },
      });
      const answer = await send(interactionBody(payload));
      return { status: answer.status };
    },
    responses(responseUrl) {
      const path = new URL(responseUrl).pathname;
      return slack
        .callsTo('response_url')
        .filter((call) => call.path === path)
        .map((call) => SlackMessageBody.parse(call.params));
    },
    async stop() {
      await app.stop();
      await slack.close();
      await testStore.close();
    },
  };
}
