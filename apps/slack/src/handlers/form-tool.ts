import { z } from 'zod';
import type { App, webApi } from '@slack/bolt';
import { formById, localisedErrors, reply, runFormTool, type Reply } from '@glokal/chat';
import { createTranslator, type Translator } from '@glokal/domain';
import { decodeFormMetadata } from '../forms/form-metadata';
import { readSubmission, ViewState } from '../forms/read-submission';
import { sendConfirmation } from '../forms/send-confirmation';
import { FORM_CALLBACK_PREFIX, FORM_TOOL_ACTION_PREFIX } from '../render/render-form';
import { renderReply } from '../render/render-reply';
import { resolveViewer } from '../viewer/resolve-viewer';
import type { SlackContext } from './slack-context';

/** The parts of a `block_actions` payload from a button inside a Glokal modal, checked. */
const ToolPress = z.object({
  user: z.object({
    id: z.string().min(1),
    username: z.string().optional(),
    name: z.string().optional(),
  }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  view: z.object({
    type: z.literal('modal'),
    callback_id: z.string().max(255),
    private_metadata: z.string(),
    state: ViewState,
  }),
  actions: z
    .array(z.object({ action_id: z.string().max(255) }))
    .min(1)
    .max(1),
});
type ToolPress = z.infer<typeof ToolPress>;

function problem(t: Translator, text: string): Reply {
  return reply({ title: t.t('chat:problem.title'), summary: text, tone: 'notice' });
}

/**
 * The tool pressed in a modal, over what its inputs hold now. The modal stays open; what came
 * of it (asked, the fields' problems, a refusal) goes to the person privately beside it.
 */
async function answerPress(
  press: ToolPress,
  context: SlackContext,
): Promise<{ reply: Reply; t: Translator }> {
  const user = { id: press.user.id, name: press.user.name ?? press.user.username ?? press.user.id };
  const viewer = await resolveViewer(user, context.viewer, { ensurePerson: false });
  const t = createTranslator(viewer.locale, viewer.timeZone);
  const metadata = decodeFormMetadata(press.view.private_metadata);
  const named = press.view.callback_id.slice(FORM_CALLBACK_PREFIX.length);
  const form = metadata && metadata.form === named ? formById(metadata.form) : undefined;
  if (!metadata || !form) return { reply: problem(t, t.t('forms:refused.unknown')), t };
  const tool = press.actions[0]?.action_id.slice(FORM_TOOL_ACTION_PREFIX.length) ?? '';
  const outcome = await runFormTool(
    { form: form.id, tool },
    readSubmission(form, press.view.state).values,
    {
      requester: viewer.requester,
      conversation: {
        workspaceId: press.team?.id ?? 'unknown',
        channelId: metadata.channelId ?? 'modal',
      },
      locale: viewer.locale,
      timeZone: viewer.timeZone,
      now: context.chat.clock.now(),
    },
    context.chat,
  );
  if (outcome.type !== 'invalid') return { reply: outcome.reply, t };
  const lines = localisedErrors({ form }, outcome.errors, t).map((error) =>
    t.t('forms:error.field', { label: error.label, problem: error.text }),
  );
  return { reply: problem(t, lines.join('\n')), t };
}

/**
 * Buttons inside Glokal's modals besides submitting ("Suggest times" in the schedule form):
 * acknowledged at once, then done over the modal's current state, answered by an ephemeral
 * message in the channel the form came from, or by DM.
 */
export function registerFormTools(app: App, context: SlackContext): void {
  app.action(new RegExp(`^${FORM_TOOL_ACTION_PREFIX}`), async ({ ack, body, client }) => {
    await ack();
    const press = ToolPress.safeParse(body);
    if (!press.success) {
      context.logger.warn(
        { issues: press.error.issues.slice(0, 3) },
        'a modal button press that does not fit block_actions',
      );
      return;
    }
    await answer(press.data, client, context).catch((error: unknown) =>
      context.logger.error({ err: error, userId: press.data.user.id }, 'modal button failed'),
    );
  });
}

async function answer(press: ToolPress, client: webApi.WebClient, context: SlackContext) {
  const answered = await answerPress(press, context);
  await sendConfirmation(
    client,
    {
      userId: press.user.id,
      channelId: decodeFormMetadata(press.view.private_metadata)?.channelId,
    },
    renderReply(answered.reply, { t: answered.t }),
    context.logger,
  );
}
