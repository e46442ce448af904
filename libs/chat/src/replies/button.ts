import type { ChatAction, ReplyAction } from '../reply';
import { canEncodeAction } from '../actions/action-codec';

/**
 * A button, as a list of zero or one: an action that does not fit a button value (an id of
 * more than ~90 characters) is left out rather than break the whole reply.
 */
export function button(
  label: string,
  action: ChatAction,
  style?: ReplyAction['style'],
): ReplyAction[] {
  if (!canEncodeAction(action)) return [];
  return [style ? { label, action, style } : { label, action }];
}

/** The "More" button of a list item: runs the detail command for that id. */
export function moreButton(label: string, command: 'event' | 'grant', id: string): ReplyAction[] {
  return button(label, { type: 'run', command, options: { name: id }, page: 1 });
}
