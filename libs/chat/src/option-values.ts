import type { CommandRequest } from './request';

/** An option as text, trimmed; undefined when not given or empty. */
export function optionText(
  request: Pick<CommandRequest, 'options'>,
  name: string,
): string | undefined {
  const value = request.options[name];
  if (value === undefined) return undefined;
  const text = String(value).trim();
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
