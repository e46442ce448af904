import {
  MessageFlags,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import { createTranslator, localeFromTag, type Locale } from '@glokal/domain';
import { reply } from '@glokal/chat';
import { isStoreUnreachable } from '@glokal/store';
import { renderReply, type RenderedMessage } from './render-reply';

/** A rendered reply in the shape discord.js sends (mentions parsed from nothing). */
export function payloadOf(
  message: RenderedMessage,
): InteractionUpdateOptions & { embeds: RenderedMessage['embeds'] } {
  return {
    content: '',
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] },
    ...filesOf(message),
  };
}

/** A reply's files as discord.js attaches them (a multipart part each), UTF-8. */
function filesOf(message: RenderedMessage): { files?: { attachment: Buffer; name: string }[] } {
  if (!message.files?.length) return {};
  return {
    files: message.files.map((file) => ({
      attachment: Buffer.from(file.text, 'utf8'),
      name: file.name,
    })),
  };
}

/** The same, as a new message only the person sees. */
export function ephemeralPayloadOf(message: RenderedMessage): InteractionReplyOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
    ...filesOf(message),
  };
}

/**
 * "Something went wrong on our side", in the person's Discord language; "cannot reach its
 * data just now" when `error` says the store is out of reach. Either way: try again in a moment.
 */
export function failureMessage(
  discordLocale: string | undefined,
  fallback: Locale = 'en',
  error?: unknown,
): RenderedMessage {
  const t = createTranslator(localeFromTag(discordLocale, fallback), 'UTC');
  const title = t.t(isStoreUnreachable(error) ? 'common:store_unreachable' : 'discord:failed');
  return renderReply(reply({ title, tone: 'notice' }), { t });
}
