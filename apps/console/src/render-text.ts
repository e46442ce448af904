import type { Translator } from '@glokal/domain';
import type { ChatAction, Reply, ReplyAction } from '@glokal/chat';

/** A reply as console text, and the actions its numbered buttons stand for (`[1]` is index 0). */
export interface RenderedText {
  text: string;
  actions: ChatAction[];
}

const INDENT = '   ';

/**
 * Prints a neutral reply as plain, readable text: a header, the summary, each item with its
 * link, fields and small print, and every button as a number the person can type.
 */
export function renderText(reply: Reply, t: Translator): RenderedText {
  const actions: ChatAction[] = [];
  const buttons = (list: readonly ReplyAction[]) =>
    list.map((action) => {
      actions.push(action.action);
      return `[${actions.length}] ${action.label}`;
    });

  const lines: string[] = [];
  const header = reply.tone === 'notice' ? `! ${reply.title}` : `== ${reply.title} ==`;
  lines.push(header);
  if (reply.summary) lines.push(...reply.summary.split('\n'));
  for (const item of reply.items) {
    lines.push('');
    lines.push(`• ${item.title}`);
    if (item.url) lines.push(`${INDENT}${item.url}`);
    if (item.text) lines.push(...item.text.split('\n').map((line) => `${INDENT}${line}`));
    for (const field of item.fields) lines.push(`${INDENT}${field.label}: ${field.value}`);
    for (const line of item.context) lines.push(`${INDENT}${line}`);
    const itemButtons = buttons(item.actions);
    if (itemButtons.length > 0) lines.push(`${INDENT}${itemButtons.join('  ')}`);
  }
  if (reply.paging) lines.push('', t.t('chat:paging.page_of', reply.paging));
  const replyButtons = buttons(reply.actions);
  if (replyButtons.length > 0) lines.push('', replyButtons.join('  '));
  return { text: lines.join('\n'), actions };
}
