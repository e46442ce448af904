import { createTranslator, type Locale } from '@glokal/domain';
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

/** "Something went wrong on our side…", in the person's language. */
export function failureMessage(locale: Locale): SlackMessage {
  return plainMessage(createTranslator(locale, 'UTC').t('slack:failed'));
}
