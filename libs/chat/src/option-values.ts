import type { CommandRequest } from './request';

/** Control characters (NUL, escape, C1) other than tab and line breaks. */
const controls = /(?![\t\n\r])\p{Cc}/gu;

/**
 * Text people typed, without control characters: a NUL would make Postgres refuse the query
 * (it stores no NUL in text), and the others only hide or garble what a reply shows. Tabs and
 * line breaks stay (form fields may have several lines).
 */
export function withoutControls(text: string): string {
  return text.replace(controls, '');
}

/** An option as text, trimmed and without control characters; undefined when not given or empty. */
export function optionText(
  request: Pick<CommandRequest, 'options'>,
  name: string,
): string | undefined {
  const value = Object.hasOwn(request.options, name) ? request.options[name] : undefined;
  if (value === undefined) return undefined;
  const text = withoutControls(String(value)).trim();
  return text === '' ? undefined : text;
}

/**
 * Words filling options in order, for commands without their own reading: one word each,
 * a `rest` option (or the last one) takes what is left.
 */
export function positionalOptions(
  allOptions: readonly { name: string; rest?: boolean; type?: string }[],
  words: readonly string[],
): Record<string, string> {
  const options = allOptions.filter((option) => option.type !== 'file');
  const filled: Record<string, string> = {};
  let next = 0;
  options.forEach((option, index) => {
    if (next >= words.length) return;
    const last = option.rest === true || index === options.length - 1;
    const taken = last ? words.slice(next) : words.slice(next, next + 1);
    next += taken.length;
    filled[option.name] = taken.join(' ');
  });
  return filled;
}
