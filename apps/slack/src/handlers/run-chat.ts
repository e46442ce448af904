import {
  actionShareable,
  commandByName,
  isFormOpening,
  localisedForm,
  parseCommandText,
  replyToUnparsed,
  runAction,
  runCommand,
  type Answer,
  type ChatAction,
  type ChatDeps,
  type Conversation,
  type FormOpening,
} from '@glokal/chat';
import { createTranslator, type Translator } from '@glokal/domain';
import { renderReply, type RunAction, type SlackMessage } from '../render/render-reply';
import { renderForm, type ModalView } from '../render/render-form';
import type { Viewer } from '../viewer/resolve-viewer';
import type { ReplyCache } from '@glokal/chat/caching';

export interface AnswerDeps {
  chat: ChatDeps;
  replies: ReplyCache<SlackAnswer>;
}

/** A command's or button's answer on Slack: a message to show, or a modal to open. */
export type SlackAnswer =
  { type: 'message'; message: SlackMessage } | { type: 'modal'; view: ModalView };

/** The command a paging or "More" button runs again, when its reply is worth sharing. */
export function shareableRun(action: ChatAction): RunAction | undefined {
  return action.type === 'run' && actionShareable(action) ? action : undefined;
}

/** The channel a form's confirmation goes back to; the Home tab has none. */
function channelOf(conversation: Conversation): string | undefined {
  return /^[CGD][A-Z0-9]+$/.test(conversation.channelId) ? conversation.channelId : undefined;
}

/** A form opening as the modal Slack shows, in the viewer's language. */
function formModal(opening: FormOpening, t: Translator, conversation: Conversation): SlackAnswer {
  const channelId = channelOf(conversation);
  return {
    type: 'modal',
    view: renderForm(localisedForm(opening, t), t, channelId ? { channelId } : {}),
  };
}

/** An answer as Slack shows it: a reply as Block Kit, a form as a modal. */
export function slackAnswer(
  answer: Answer,
  t: Translator,
  conversation: Conversation,
  shareAs?: RunAction,
): SlackAnswer {
  if (isFormOpening(answer)) return formModal(answer, t, conversation);
  return { type: 'message', message: renderReply(answer, { t, ...(shareAs ? { shareAs } : {}) }) };
}

/**
 * One command for one viewer, rendered: from the reply cache (at the change version the
 * viewer was read at) when its definition says the reply holds nothing personal
 * (`cacheable`), else run.
 */
export async function answerCommand(
  run: RunAction,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<SlackAnswer> {
  const t = createTranslator(viewer.locale, viewer.timeZone);
  const command = commandByName(run.command);
  const render = async () => {
    const answer = await runCommand(
      {
        requester: viewer.requester,
        conversation,
        locale: viewer.locale,
        timeZone: viewer.timeZone,
        ...run,
      },
      deps.chat,
    );
    return slackAnswer(answer, t, conversation, shareableRun(run));
  };
  if (command?.cacheable && viewer.version !== undefined) {
    return deps.replies.get(
      [run.command, run.options, run.page, viewer.locale, viewer.timeZone],
      viewer.version,
      render,
    );
  }
  return render();
}

/** What follows `/glokal`, answered; text that is no command gets localised help. */
export async function answerText(
  text: string,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<SlackAnswer> {
  const parsed = parseCommandText(text);
  if (!parsed.ok) {
    const t = createTranslator(viewer.locale, viewer.timeZone);
    const reply = replyToUnparsed(parsed.problem, viewer.locale, viewer.timeZone);
    return { type: 'message', message: renderReply(reply, { t }) };
  }
  return answerCommand(
    { type: 'run', command: parsed.command, options: parsed.options, page: 1 },
    viewer,
    conversation,
    deps,
  );
}

/** A button that is not a plain command run (going, follow, language, Edit, Close): its answer. */
export function replyToAction(
  action: ChatAction,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<Answer> {
  return runAction(
    action,
    { requester: viewer.requester, conversation, locale: viewer.locale, timeZone: viewer.timeZone },
    deps.chat,
  );
}
