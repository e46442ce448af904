import { escapeMarkdown } from 'discord.js';

const zeroWidthSpace = '\u200b';

/**
 * Text from users and calendars made inert for Discord: markdown shown as typed, and no
 * mention, channel link, emoji or timestamp syntax left to render (`@everyone` gets a
 * zero-width space after the `@`, `<@&1>` after the `<`). Pings are also off by
 * `allowed_mentions`; this keeps them from even looking like mentions.
 */
export function inert(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true });
  return (
    escaped
      // Every bracket, so no `[text](url)` on the line can become a masked link.
      .replace(/[[\]]/g, '\\$&')
      .replace(/@(everyone|here)/gi, `@${zeroWidthSpace}$1`)
      .replace(/<(?=[@#:/]|a:|t:)/g, `<${zeroWidthSpace}`)
  );
}

/** Cuts text to `max` characters with an ellipsis, never leaving a dangling escape backslash. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = text.slice(0, Math.max(0, max - 1));
  const trailing = /\\+$/.exec(kept)?.[0].length ?? 0;
  if (trailing % 2 === 1) kept = kept.slice(0, -1);
  // Do not split a surrogate pair (emoji, rare letters).
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/** Inert and within `max` characters. */
export function inertCut(text: string, max: number): string {
  return cut(inert(text), max);
}

/** An `http(s)` URL Discord will accept as a link, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
