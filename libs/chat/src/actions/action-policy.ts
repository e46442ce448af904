import type { ChatAction } from '../reply';
import { commandByName } from '../catalogue';

/**
 * Whether pressing a button changes something (the person's answer, follow, language, feed
 * address, a call): adapters then make sure the person is stored and forget what they cached for them.
 * A `run` button writes when its command does.
 */
export function actionWrites(action: ChatAction): boolean {
  switch (action.type) {
    case 'run':
      return commandByName(action.command)?.writes === true;
    case 'attend':
    case 'follow':
    case 'set-locale':
    case 'close-grant':
    case 'renew-feed':
    case 'retry-calendar-write':
      return true;
    case 'open-form':
    case 'share':
    case 'attendees':
    case 'attendees-csv':
      return false;
  }
}

/** Whether a `run` button's reply shows what the cluster has and may be shared in the channel. */
export function actionShareable(action: ChatAction): boolean {
  return action.type === 'run' && commandByName(action.command)?.shareable === true;
}
