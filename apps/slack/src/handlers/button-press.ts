import { z } from 'zod';
import type { App, RespondFn, webApi } from '@slack/bolt';
import { actionWrites, decodeAction, isFormOpening, type ReplyFile } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { ACTION_PREFIX, SHARE_ACTION_ID } from '../render/blocks';
import { renderReply } from '../render/render-reply';
import { failureMessage, plainMessage } from '../render/notice-message';
import { openModal } from '../forms/open-modal';
import { uploadReplyFiles } from './upload-reply-files';
import { resolveViewer, type Viewer } from '../viewer/resolve-viewer';
import {
  answerCommand,
  replyToAction,
  shareableRun,
  slackAnswer,
  type SlackAnswer,
} from './run-chat';
import { answerDeps, type SlackContext } from './slack-context';

/** The parts of a `block_actions` payload Glokal reads, checked. */
const ButtonPress = z.object({
  user: z.object({
    id: z.string().min(1),
    username: z.string().optional(),
    name: z.string().optional(),
  }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('message'),
      is_ephemeral: z.boolean().optional(),
      channel_id: z.string().optional(),
    }),
    z.object({ type: z.literal('view'), view_id: z.string().optional() }),
  ]),
  response_url: z.string().min(1).optional(),
  trigger_id: z.string().min(1).optional(),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().max(2000).optional() }))
    .min(1),
});
type ButtonPress = z.infer<typeof ButtonPress>;

type Where = 'ephemeral' | 'public' | 'home';

function whereOf(press: ButtonPress): Where {
  if (press.container.type === 'view') return 'home';
  return press.container.is_ephemeral ? 'ephemeral' : 'public';
}

/** Opens a button's form (Edit, Extend deadline); when Slack will not, says so privately. */
async function openPressedForm(
  answer: Extract<SlackAnswer, { type: 'modal' }>,
  press: ButtonPress,
  respond: RespondFn | undefined,
  client: webApi.WebClient,
  context: SlackContext,
  viewer: Viewer,
): Promise<void> {
  if (press.trigger_id && (await openModal(client, press.trigger_id, answer.view, context.logger)))
    return;
  const t = createTranslator(viewer.locale, viewer.timeZone);
  await respond?.({
    response_type: 'ephemeral',
    replace_original: false,
    ...plainMessage(t.t('slack:form.open_failed')),
  });
}

async function handlePress(
  press: ButtonPress,
  respond: RespondFn | undefined,
  client: webApi.WebClient,
  context: SlackContext,
): Promise<void> {
  const pressed = press.actions[0];
  const action = pressed?.value === undefined ? undefined : decodeAction(pressed.value);
  const user = { id: press.user.id, name: press.user.name ?? press.user.username ?? press.user.id };
  if (!pressed || !action) {
    context.logger.warn({ actionId: pressed?.action_id }, 'a button value that does not decode');
    return;
  }
  const viewer: Viewer = await resolveViewer(user, context.viewer, {
    ensurePerson: actionWrites(action),
  });
  const conversation = {
    workspaceId: press.team?.id ?? 'unknown',
    channelId:
      press.channel?.id ??
      (press.container.type === 'message' ? press.container.channel_id : undefined) ??
      'app-home',
  };
  const where = whereOf(press);
  const isShare = pressed.action_id === SHARE_ACTION_ID && shareableRun(action) !== undefined;

  const deps = answerDeps(context);
  if (isShare && where !== 'home' && respond) {
    // The list again, as the sharer sees it, for everyone; the private copy goes away.
    const reply = await replyToAction(action, viewer, conversation, deps);
    if (isFormOpening(reply)) return;
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderReply(reply, {
        t: createTranslator(viewer.locale, context.viewer.cluster.timeZone),
        sharedBy: viewer.requester.displayName,
      }),
    });
    await respond({ delete_original: true });
    return;
  }
  const t = createTranslator(viewer.locale, viewer.timeZone);
  let answer: SlackAnswer;
  let files: readonly ReplyFile[] = [];
  if (action.type === 'run') answer = await answerCommand(action, viewer, conversation, deps);
  else {
    const answered = await replyToAction(action, viewer, conversation, deps);
    if (!isFormOpening(answered)) files = answered.files ?? [];
    answer = slackAnswer(answered, t, conversation);
  }
  if (answer.type === 'modal') {
    await openPressedForm(answer, press, respond, client, context, viewer);
    return;
  }
  if (where === 'home') {
    await context.publishHome(user);
  } else if (respond) {
    const { message } = answer;
    // A private message changes in place; a public one stays as it is for everyone else.
    await respond(
      where === 'ephemeral'
        ? { replace_original: true, ...message }
        : { response_type: 'ephemeral', replace_original: false, ...message },
    );
  }
  if (files.length === 0) return;
  // The files go to the person alone, in the app's direct message with them.
  const failed = await uploadReplyFiles(client, user.id, files, context.logger);
  for (const name of failed)
    await respond?.({
      response_type: 'ephemeral',
      replace_original: false,
      ...plainMessage(t.t('slack:file_upload_failed', { name })),
    });
}

/**
 * Glokal's buttons (paging, "More", "I'm going", "Follow", language, "Share in channel",
 * a call's Edit, Extend deadline and Close): acknowledged at once, then the store changes and
 * the original message is replaced through its `response_url` (or the Home tab is published
 * again); a button answered with a form opens it as a modal with the press's `trigger_id`.
 */
export function registerButtons(app: App, context: SlackContext): void {
  app.action(
    new RegExp(`^(${ACTION_PREFIX}|${SHARE_ACTION_ID}$)`),
    async ({ ack, body, respond, client }) => {
      await ack();
      const press = ButtonPress.safeParse(body);
      if (!press.success) {
        context.logger.warn(
          { issues: press.error.issues.slice(0, 3) },
          'a button press that does not fit block_actions',
        );
        return;
      }
      try {
        await handlePress(
          press.data,
          press.data.response_url ? respond : undefined,
          client,
          context,
        );
      } catch (error) {
        context.logger.error({ err: error, userId: press.data.user.id }, 'button press failed');
        if (press.data.response_url && whereOf(press.data) !== 'home') {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            ...failureMessage(context.viewer.cluster.defaultLocale, error),
          }).catch((respondError: unknown) =>
            context.logger.warn({ err: respondError }, 'could not apologise either'),
          );
        }
      }
    },
  );
}
