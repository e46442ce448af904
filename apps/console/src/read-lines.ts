import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Feeds lines to `handle` one at a time: with a prompt when a person types at a terminal,
 * echoing each line (`> events`) when commands come from a pipe, so scripted output reads
 * as a conversation. Ends at end of input or when `handle` returns undefined.
 */
export async function readLines(
  input: Readable & { isTTY?: boolean },
  output: Writable,
  handle: (line: string) => Promise<string | undefined>,
  options: {
    /** While true, empty lines are answers too (a form's "keep this value"): echoed as `>`. */
    keepEmpty?: () => boolean;
  } = {},
): Promise<void> {
  const interactive = input.isTTY === true;
  const lines = createInterface({
    input,
    ...(interactive ? { output, terminal: true } : {}),
    crlfDelay: Infinity,
  });
  const prompt = () => {
    if (interactive) {
      lines.setPrompt('glokal> ');
      lines.prompt();
    }
  };
  prompt();
  try {
    for await (const line of lines) {
      if (!interactive && (line.trim() !== '' || options.keepEmpty?.()))
        output.write(line.trim() === '' ? '>\n' : `> ${line.trim()}\n`);
      const text = await handle(line);
      if (text === undefined) break;
      if (text !== '') output.write(`${text}\n\n`);
      prompt();
    }
  } finally {
    lines.close();
  }
}
