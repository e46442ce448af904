import { parseCommandText, replyToUnparsed, runAction, runCommand, type ChatAction, type ChatDeps, type Conversation, type Reply } from '@glokal/chat';
import type { RunAction } from '../render/render-reply';
import type { Viewer } from '../viewer/resolve-viewer';

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
  return { reply, shareAs: { type: 'run', command: parsed.command, options: parsed.options, page: 1 } };
}

export function replyToAction(action: ChatAction, viewer: Viewer, conversation: Conversation, deps: ChatDeps): Promise<Reply> {
  return runAction(action, { requester: viewer.requester, conversation, locale: viewer.locale, timeZone: viewer.timeZone }, deps);
}
