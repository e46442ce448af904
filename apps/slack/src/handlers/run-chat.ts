import { parseCommandText, replyToUnparsed, runAction, runCommand, type ChatAction, type ChatDeps, type Conversation, type Reply } from '@glokal/chat';
import type { RunAction } from '../render/render-reply';
import type { Viewer } from '../viewer/resolve-viewer';

/** Replies worth posting for everyone: what the cluster has, not one person's settings or a channel's subscriptions. */
const shareable = new Set(['events', 'event', 'grants', 'grant', 'docs', 'members', 'partners']);

/**
 * The only place the Slack app calls the command catalogue: text in (what follows `/glokal`),
 * or a decoded button, and the neutral reply out.
 */
export async function replyToText(
  text: string,
  viewer: Viewer,
  conversation: Conversation,
  deps: ChatDeps,
): Promise<{ reply: Reply; shareAs?: RunAction }> {
  const parsed = parseCommandText(text);
  if (!parsed.ok) {
    return { reply: replyToUnparsed(parsed.problem, viewer.locale, viewer.timeZone) };
  }
  const request = {
    requester: viewer.requester,
    conversation,
    locale: viewer.locale,
    timeZone: viewer.timeZone,
    command: parsed.command,
    options: parsed.options,
    page: 1,
  };
  const reply = await runCommand(request, deps);
  if (!shareable.has(parsed.command)) return { reply };
  return { reply, shareAs: { type: 'run', command: parsed.command, options: parsed.options, page: 1 } };
}

/** The command a paging or "More" button runs again, when its reply is worth sharing. */
export function shareableRun(action: ChatAction): RunAction | undefined {
  return action.type === 'run' && shareable.has(action.command) ? action : undefined;
}

export function replyToAction(action: ChatAction, viewer: Viewer, conversation: Conversation, deps: ChatDeps): Promise<Reply> {
  return runAction(action, { requester: viewer.requester, conversation, locale: viewer.locale, timeZone: viewer.timeZone }, deps);
}
