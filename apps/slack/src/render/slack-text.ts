/**
 * Text as Slack must receive it. Everything Glokal shows comes from people or calendars, so
 * every string passes through here: control characters go, `&`, `<` and `>` are escaped (no
 * text can become a mention, a channel link or a link), mrkdwn markers that could format are
 * swapped for look-alikes, and the result is cut to a Block Kit limit without splitting a
 * character or an escape.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Look-alikes for mrkdwn markers (bold, italic, strike, code, quote). */
const LOOKALIKES: Record<string, string> = {
  '*': '\u2217',
  _: '\u02CD',
  '~': '\u223C',
  '`': '\u02CB',
  '>': '\u02C3',
};

/**
 * C0 and C1 controls (but tab and newline), bidirectional overrides and isolates, zero-width
 * and invisible formatting characters, and lone surrogates.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what Slack would show as garbage or use to reorder text; keeps line breaks (at most one blank line). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Escapes text for a mrkdwn object and disarms formatting: a marker between two letters or
 * digits (`KA2_VET`) cannot format and stays; any other becomes its look-alike, and so does a
 * `>` that starts a line (a quote).
 */
function disarm(text: string): string[] {
  const chars = [...text];
  let lineStart = true;
  return chars.map((char, index) => {
    const atLineStart = lineStart;
    lineStart = char === '\n' || (lineStart && char === ' ');
    if (char === '>' && atLineStart) return LOOKALIKES['>'] ?? char;
    const between = isWordChar(chars[index - 1]) && isWordChar(chars[index + 1]);
    if (char !== '>' && char in LOOKALIKES && !between) return LOOKALIKES[char] ?? char;
    return ESCAPES[char] ?? char;
  });
}

/** Joins pieces up to `max` characters, ending with `…` when something was cut. */
function fit(pieces: readonly string[], max: number): string {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  if (length <= max) return pieces.join('');
  let kept = '';
  for (const piece of pieces) {
    if (kept.length + piece.length > max - 1) break;
    kept += piece;
  }
  return `${kept.trimEnd()}…`;
}

/** For `plain_text` objects (headers, buttons): clean, escaped, at most `max` characters. */
export function plainText(text: string, max: number): string {
  const pieces = [...cleanText(text)].map((char) => ESCAPES[char] ?? char);
  return fit(pieces, max) || '-';
}

/** For `mrkdwn` objects: clean, escaped, disarmed, at most `max` characters. */
export function inertMrkdwn(text: string, max: number): string {
  return fit(disarm(cleanText(text)), max);
}

/** A link target Slack will not misread: http(s) or mailto only, with `|`, `<`, `>` and spaces encoded. */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return undefined;
  const href = parsed.href.replace(/[|<> ]/g, (char) => encodeURIComponent(char));
  return href.length <= 3000 ? href : undefined;
}
