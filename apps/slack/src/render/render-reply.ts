import {
  canEncodeAction,
  encodeAction,
  type ChatAction,
  type Reply,
  type ReplyAction,
  type ReplyItem,
} from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import {
  ACTION_PREFIX,
  SHARE_ACTION_ID,
  actions,
  button,
  context,
  divider,
  header,
  limits,
  mrkdwn,
  type Button,
  type KnownBlock,
} from './blocks';
import { cleanText, inertMrkdwn, safeUrl } from './slack-text';

export type RunAction = Extract<ChatAction, { type: 'run' }>;

export interface RenderOptions {
  t: Translator;
  /** The command that produced this reply, so "share in channel" can post it again for everyone. */
  shareAs?: RunAction;
  /** Set when rendering the public copy: no share button, and who shared it. */
  sharedBy?: string;
}

/** What `chat.postMessage`, `respond` and `ack` take. `text` is the notification fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

function itemText(item: ReplyItem): string {
  const url = item.url ? safeUrl(item.url) : undefined;
  const title = inertMrkdwn(item.title, 500);
  const heading = url ? `*<${url}|${title}>*` : `*${title}*`;
  if (!item.text) return heading;
  const room = limits.sectionText - heading.length - 1;
  return `${heading}\n${inertMrkdwn(item.text, room)}`;
}

function itemBlocks(
  item: ReplyItem,
  buttonsFor: (actions: readonly ReplyAction[]) => Button[],
): KnownBlock[] {
  const fields = item.fields.slice(0, limits.fields).map((field) => {
    const label = inertMrkdwn(field.label, 200);
    return mrkdwn(`*${label}*\n${inertMrkdwn(field.value, limits.fieldText - label.length - 3)}`);
  });
  const section: KnownBlock = {
    type: 'section',
    text: mrkdwn(itemText(item)),
    ...(fields.length > 0 ? { fields } : {}),
  };
  return [section, context(item.context), actions(buttonsFor(item.actions))].filter(
    (block) => block !== undefined,
  );
}

/** Fits the items between head and foot within Slack's 50 blocks: dividers go first, then items. */
function layout(
  head: KnownBlock[],
  items: KnownBlock[][],
  foot: KnownBlock[],
  t: Translator,
): KnownBlock[] {
  const fixed = head.length + foot.length;
  const withDividers = items.flatMap((blocks, index) =>
    index === 0 ? blocks : [divider, ...blocks],
  );
  if (fixed + withDividers.length <= limits.messageBlocks)
    return [...head, ...withDividers, ...foot];
  const kept: KnownBlock[] = [];
  let shown = 0;
  for (const blocks of items) {
    // One block stays free for the "not shown" line.
    if (fixed + kept.length + blocks.length + 1 > limits.messageBlocks) break;
    kept.push(...blocks);
    shown += 1;
  }
  const note = context([t.t('slack:not_shown', { count: items.length - shown })]);
  return [...head, ...kept, ...(note && shown < items.length ? [note] : []), ...foot];
}

/**
 * The neutral reply as Block Kit: a header, the summary, one section per item (title linked,
 * text, fields), its context line and buttons, then paging and reply buttons. Every string is
 * escaped and cut to Slack's limits; buttons carry `encodeAction` values.
 */
export function renderReply(reply: Reply, options: RenderOptions): SlackMessage {
  const { t } = options;
  let counter = 0;
  const buttonsFor = (replyActions: readonly ReplyAction[]): Button[] =>
    replyActions
      .filter((action) => action.action.type !== 'share' && canEncodeAction(action.action))
      .map((action) => {
        counter += 1;
        return button({
          label: action.label,
          actionId: `${ACTION_PREFIX}${counter}`,
          value: encodeAction(action.action),
          ...(action.style ? { style: action.style } : {}),
        });
      });

  const head = [header(reply.title), context(reply.summary ? [reply.summary] : [])].filter(
    (block) => block !== undefined,
  );
  const items = reply.items.map((item) => itemBlocks(item, buttonsFor));
  const footButtons = buttonsFor(reply.actions);
  const share = shareButton(reply, options);
  if (share) footButtons.push(share);
  const paging =
    reply.paging && reply.paging.pages > 1 ? [t.t('chat:paging.page_of', reply.paging)] : [];
  const sharedBy = options.sharedBy ? [t.t('slack:shared_by', { name: options.sharedBy })] : [];
  const foot = [context([...paging, ...sharedBy]), actions(footButtons)].filter(
    (block) => block !== undefined,
  );

  return { text: fallbackText(reply), blocks: layout(head, items, foot, t) };
}

function shareButton(reply: Reply, options: RenderOptions): Button | undefined {
  if (options.sharedBy || !options.shareAs || reply.tone === 'notice') return undefined;
  if (!canEncodeAction(options.shareAs)) return undefined;
  const label =
    reply.actions.find((action) => action.action.type === 'share')?.label ??
    options.t.t('slack:share');
  return button({ label, actionId: SHARE_ACTION_ID, value: encodeAction(options.shareAs) });
}

/** The notification and screen-reader text (read as mrkdwn): title and summary, escaped and disarmed. */
export function fallbackText(reply: Reply): string {
  const summary = reply.summary ? ` · ${cleanText(reply.summary)}` : '';
  return inertMrkdwn(`${cleanText(reply.title)}${summary}`, limits.fallbackText) || '-';
}
