import type { types } from '@slack/bolt';
import { inertMrkdwn, plainText } from './slack-text';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type MrkdwnElement = types.MrkdwnElement;

/** Block Kit limits (docs.slack.dev, "Blocks" and "Block elements"). */
export const limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 3000,
} as const;

/** Glokal's buttons all start with this; the share button has its own id. */
export const ACTION_PREFIX = 'glokal:';
export const SHARE_ACTION_ID = 'glokal-share';

export function mrkdwn(text: string): MrkdwnElement {
  // verbatim: no automatic links or mentions from plain words.
  return { type: 'mrkdwn', text, verbatim: true };
}

export function header(text: string): KnownBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: plainText(text, limits.headerText), emoji: true },
  };
}

/** Small grey lines; each string becomes one element (at most ten). */
export function context(lines: readonly string[]): KnownBlock | undefined {
  const elements = lines
    .map((line) => inertMrkdwn(line, limits.contextText))
    .filter((line) => line.length > 0)
    .slice(0, limits.contextElements)
    .map(mrkdwn);
  return elements.length > 0 ? { type: 'context', elements } : undefined;
}

export function button(options: {
  label: string;
  actionId: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}): Button {
  return {
    type: 'button',
    action_id: options.actionId,
    text: { type: 'plain_text', text: plainText(options.label, limits.buttonText), emoji: true },
    ...(options.value === undefined ? {} : { value: options.value }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.style === undefined ? {} : { style: options.style }),
  };
}

export function actions(buttons: readonly Button[]): KnownBlock | undefined {
  return buttons.length > 0
    ? { type: 'actions', elements: buttons.slice(0, limits.actionsElements) }
    : undefined;
}

export const divider: KnownBlock = { type: 'divider' };
