import { createTranslator, type Locale } from '@glokal/domain';
import { isStoreUnreachable } from '@glokal/store';
import { mrkdwn } from './blocks';
import type { SlackMessage } from './render-reply';
import { inertMrkdwn, plainText } from './slack-text';

/** One line of Glokal's own words as a message (acknowledgements, apologies). */
export function plainMessage(text: string): SlackMessage {
  return {
    text: plainText(text, 3000),
    blocks: [{ type: 'section', text: mrkdwn(inertMrkdwn(text, 3000)) }],
  };
}

/**
 * "Something went wrong on our side…", in the person's language; "cannot reach its data just
 * now" when `error` says the store is out of reach. Either way: try again in a moment.
 */
export function failureMessage(locale: Locale, error?: unknown): SlackMessage {
  const t = createTranslator(locale, 'UTC');
  return plainMessage(t.t(isStoreUnreachable(error) ? 'common:store_unreachable' : 'slack:failed'));
}
