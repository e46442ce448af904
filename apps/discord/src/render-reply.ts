import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import {
  canEncodeAction,
  encodeAction,
  type Reply,
  type ReplyAction,
  type ReplyFile,
  type ReplyItem,
} from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import { limits } from './discord-limits';
import { cut, inertCut, safeUrl } from './inert-text';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A Discord message body: embeds, buttons, and no mention that could ping anyone. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowed_mentions: { parse: [] };
  /** Files the reply carries (an attendance CSV), sent as the message's attachments. */
  files?: ReplyFile[];
}

export interface RenderOptions {
  t: Translator;
  /** Adds the "Share in channel" button (ephemeral replies that are not notices). */
  share?: boolean;
}

const colours = { normal: 0x2f6fb3, notice: 0xd98e04 } as const;
/** Characters kept free for the "and N more" line when items do not all fit. */
const reserve = 300;

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function fieldsOf(item: ReplyItem): APIEmbedField[] {
  return item.fields.slice(0, limits.fields).map((field) => ({
    name: inertCut(field.label, limits.fieldName) || '\u200b',
    value: inertCut(field.value, limits.fieldValue) || '—',
    inline: field.short ?? false,
  }));
}

function itemEmbed(
  item: ReplyItem,
  colour: number,
  number: string,
  descriptionMax: number,
): APIEmbed {
  const lines = [
    ...item.context.map((line) => inertCut(line, limits.description)),
    ...(item.text ? ['', inertCut(item.text, limits.description)] : []),
  ];
  const description = cut(
    lines.join('\n').trim(),
    Math.max(1, Math.min(limits.description, descriptionMax)),
  );
  const url = safeUrl(item.url);
  const fields = fieldsOf(item);
  return {
    title: `${number}${inertCut(item.title, limits.title - number.length)}`,
    color: colour,
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
  };
}

function headerEmbed(reply: Reply, colour: number, t: Translator): APIEmbed {
  const footer = reply.paging ? t.t('chat:paging.page_of', reply.paging) : undefined;
  return {
    title: inertCut(reply.title, limits.title),
    color: colour,
    ...(reply.summary ? { description: inertCut(reply.summary, limits.description) } : {}),
    ...(footer ? { footer: { text: cut(footer, limits.footer) } } : {}),
  };
}

/** One item whose title is the reply's title: a detail view, shown as one embed. */
function mergedEmbed(reply: Reply, item: ReplyItem, colour: number, t: Translator): APIEmbed {
  const header = headerEmbed(reply, colour, t);
  const body = itemEmbed(item, colour, '', limits.description);
  const description = cut(
    [header.description, body.description].filter(Boolean).join('\n\n'),
    limits.description,
  );
  return {
    ...body,
    ...(description ? { description } : {}),
    ...(header.footer ? { footer: header.footer } : {}),
  };
}

function embedsOf(reply: Reply, t: Translator): { embeds: APIEmbed[]; shown: number } {
  const colour = colours[reply.tone];
  const [only] = reply.items;
  if (reply.items.length === 1 && only && only.title === reply.title)
    return { embeds: [mergedEmbed(reply, only, colour, t)], shown: 1 };
  const header = headerEmbed(reply, colour, t);
  const embeds = [header];
  let used = embedSize(header);
  const numbered = reply.items.length > 1 && reply.items.some((item) => item.actions.length > 0);
  let shown = 0;
  for (const [index, item] of reply.items.entries()) {
    if (embeds.length >= limits.embeds) break;
    const left = reply.items.length - index;
    const room = limits.embedTotal - reserve - used;
    const embed = itemEmbed(
      item,
      colour,
      numbered ? `${index + 1}. ` : '',
      Math.floor(room / left) - limits.title,
    );
    if (used + embedSize(embed) > limits.embedTotal - reserve) break;
    embeds.push(embed);
    used += embedSize(embed);
    shown += 1;
  }
  const hidden = reply.items.length - shown;
  if (hidden > 0) {
    const note = t.t('discord:not_shown', { count: hidden });
    header.footer = {
      text: cut([header.footer?.text, note].filter(Boolean).join(' · '), limits.footer),
    };
  }
  return { embeds, shown };
}

function buttonOf(action: ReplyAction, label: string): APIButtonComponentWithCustomId | undefined {
  if (!canEncodeAction(action.action)) return undefined;
  const style =
    action.style === 'primary'
      ? ButtonStyle.Primary
      : action.style === 'danger'
        ? ButtonStyle.Danger
        : ButtonStyle.Secondary;
  return {
    type: ComponentType.Button,
    style,
    label: cut(label, limits.buttonLabel),
    custom_id: encodeAction(action.action),
  };
}

function rowsOf(buttons: APIButtonComponentWithCustomId[], maxRows: number): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (
    let start = 0;
    start < buttons.length && rows.length < maxRows;
    start += limits.buttonsPerRow
  ) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + limits.buttonsPerRow),
    });
  }
  return rows;
}

function componentsOf(reply: Reply, shown: number, options: RenderOptions): ButtonRow[] {
  const seen = new Set<string>();
  const unique = (
    button: APIButtonComponentWithCustomId | undefined,
  ): button is APIButtonComponentWithCustomId => {
    if (!button || seen.has(button.custom_id)) return false;
    seen.add(button.custom_id);
    return true;
  };
  const numbered = reply.items.length > 1;
  const itemButtons = reply.items
    .slice(0, shown)
    .flatMap((item, index) =>
      item.actions.map((action) =>
        buttonOf(action, numbered ? `${index + 1}. ${action.label}` : action.label),
      ),
    )
    .filter(unique);
  const shareAction: ReplyAction[] =
    options.share && reply.tone === 'normal'
      ? [{ label: options.t.t('discord:share'), action: { type: 'share' } }]
      : [];
  const replyButtons = [...reply.actions, ...shareAction]
    .map((action) => buttonOf(action, action.label))
    .filter(unique);
  const replyRows = rowsOf(replyButtons, limits.actionRows);
  const itemRows = rowsOf(itemButtons, limits.actionRows - replyRows.length);
  return [...itemRows, ...replyRows];
}

/**
 * The neutral reply as a Discord message: a header embed (title, summary, page), one embed per
 * item (numbered when items have buttons), buttons in rows of five. Stays within Discord's
 * limits (10 embeds, 6,000 characters, 25 fields, 5 rows), cutting long text and saying how
 * many items did not fit; every text is inert (no markdown, no mention), nothing pings.
 */
export function renderReply(reply: Reply, options: RenderOptions): RenderedMessage {
  const { embeds, shown } = embedsOf(reply, options.t);
  return {
    embeds,
    components: componentsOf(reply, shown, options),
    allowed_mentions: { parse: [] },
    ...(reply.files?.length ? { files: reply.files } : {}),
  };
}
