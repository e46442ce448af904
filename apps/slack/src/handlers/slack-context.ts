import type { ChatDeps } from '@glokal/chat';
import type { Logger } from '@glokal/config';
import type { ViewerDeps } from '../viewer/resolve-viewer';
import type { ReplyCache } from '@glokal/chat/caching';
import type { AnswerDeps, SlackAnswer } from './run-chat';

/** What every Slack handler uses; built once by `startSlackApp`. */
export interface SlackContext {
  chat: ChatDeps;
  viewer: ViewerDeps;
  replies: ReplyCache<SlackAnswer>;
  logger: Logger;
  /** After this long a slash command is acknowledged with "working on it" and answered later. */
  ackDeadlineMs: number;
  /** Publishes the person's Home tab again (after a button there changed something). */
  publishHome(user: { id: string; name: string }): Promise<void>;
}

export function answerDeps(context: SlackContext): AnswerDeps {
  return { chat: context.chat, replies: context.replies };
}
