import {
  parseCommandText,
  replyToUnparsed,
  runAction,
  runCommand,
  type ChatAction,
  type ChatDeps,
  type Conversation,
  type Reply,
} from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { renderReply, type RunAction, type SlackMessage } from '../render/render-reply';
import type { Viewer } from '../viewer/resolve-viewer';
import type { StoredPeople } from '../viewer/stored-people';
import type { ReplyCache } from './reply-cache';

/** Replies worth posting for everyone: what the cluster has, not one person's settings or a channel's subscriptions. */
const shareable = new Set(['events', 'event', 'grants', 'grant', 'docs', 'members', 'partners']);
/** Replies that show nothing personal and change nothing: the same for everyone with the same language and zone. */
const impersonal = new Set(['help', 'events', 'docs', 'members', 'partners']);
/** Commands that change the person (language, zone) or what their channel receives. */
const writing = new Set(['settings', 'subscribe', 'unsubscribe']);

export interface AnswerDeps {
  chat: ChatDeps;
  replies: ReplyCache;
  stored: StoredPeople;
}

/** The command a paging or "More" button runs again, when its reply is worth sharing. */
export function shareableRun(action: ChatAction): RunAction | undefined {
  return action.type === 'run' && shareable.has(action.command) ? action : undefined;
}

/**
 * One command for one viewer, rendered: from the reply cache when nothing in it is personal,
 * else run; what a command changes for the person is forgotten by the people cache.
 */
export async function answerCommand(
  run: RunAction,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<SlackMessage> {
  const t = createTranslator(viewer.locale, viewer.timeZone);
  const render = async () => {
    const reply = await runCommand(
      {
        requester: viewer.requester,
        conversation,
        locale: viewer.locale,
        timeZone: viewer.timeZone,
        ...run,
      },
      deps.chat,
    );
    const shareAs = shareableRun(run);
    return renderReply(reply, { t, ...(shareAs ? { shareAs } : {}) });
  };
  if (impersonal.has(run.command)) {
    return deps.replies.get(
      [run.command, run.options, run.page, viewer.locale, viewer.timeZone],
      render,
    );
  }
  const message = await render();
  if (writing.has(run.command)) deps.stored.forget(viewer.requester.userId);
  return message;
}

/** What follows `/glokal`, answered; text that is no command gets localised help. */
export async function answerText(
  text: string,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<SlackMessage> {
  const parsed = parseCommandText(text);
  if (!parsed.ok) {
    const t = createTranslator(viewer.locale, viewer.timeZone);
    return renderReply(replyToUnparsed(parsed.problem, viewer.locale, viewer.timeZone), { t });
  }
  return answerCommand(
    { type: 'run', command: parsed.command, options: parsed.options, page: 1 },
    viewer,
    conversation,
    deps,
  );
}

/** A button that writes (going, follow, language) or anything else that is not a plain command run. */
export async function replyToAction(
  action: ChatAction,
  viewer: Viewer,
  conversation: Conversation,
  deps: AnswerDeps,
): Promise<Reply> {
  const reply = await runAction(
    action,
    { requester: viewer.requester, conversation, locale: viewer.locale, timeZone: viewer.timeZone },
    deps.chat,
  );
  deps.stored.forget(viewer.requester.userId);
  return reply;
}
