import type { ChatDeps, Command } from '@glokal/chat';
import type { ReplyCache } from '@glokal/chat/caching';
import type { Logger } from '@glokal/config';
import type { Shown } from './answer-interaction';
import type { RequesterDeps } from './requester';
import type { FormDrafts } from './form-drafts';

/** What every interaction handler uses. */
export interface BotDeps extends RequesterDeps {
  chat: ChatDeps;
  catalogue: readonly Command[];
  /** Rendered answers of `cacheable` commands, under the store's change version. */
  replies: ReplyCache<Shown>;
  /** Acknowledge ("thinking…") when the answer is not ready after this long; Discord allows 3 s. */
  deferAfterMs: number;
  /** Autocomplete cannot be deferred: answer with no choices rather than late. */
  autocompleteWithinMs: number;
  logger: Logger;
  /** What people typed into forms with errors, for "Try again". */
  drafts: FormDrafts;
}
