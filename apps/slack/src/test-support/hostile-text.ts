import { hostileEvent } from '@glokal/chat/testing';

/** Everything a calendar invitation could carry to make a Slack message misbehave. */
export const HOSTILE_TITLE = '<!channel> *PILNE* <@U0ANNA> <http://evil.example|kliknij> & więcej';
export const HOSTILE_DESCRIPTION = `${'\u0007\u202E> cytat *pogrubienie* <!here> '.repeat(20)}${'x'.repeat(7000)}`;

/** The season's `e-hostile` event, written with that text. */
export const slackHostileEvent = hostileEvent({
  title: HOSTILE_TITLE,
  description: HOSTILE_DESCRIPTION,
});
