import type { Attachment, ChatInputCommandInteraction } from 'discord.js';
import { MAX_FILE_LENGTH, describeCommand, type Command } from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import { discordName } from './command-definitions';

/** How long reading an attached file from Discord's CDN may take. */
const READ_WITHIN_MS = 10_000;
/** The most bytes read: UTF-8 takes up to four for each of the characters a file may have. */
const MAX_FILE_BYTES = MAX_FILE_LENGTH * 4;

export type AttachedFiles =
  { ok: true; options: Record<string, string> } | { ok: false; problem: string };

async function textOf(attachment: Attachment): Promise<string> {
  const response = await fetch(attachment.url, { signal: AbortSignal.timeout(READ_WITHIN_MS) });
  if (!response.ok) throw new Error(`attachment ${attachment.id}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The text of files attached to a command's `file` options, read from Discord's CDN, as the
 * option's value (and the file's name as `<option>_name`), as the catalogue expects them.
 * A file too large to read is a problem to tell the person, not a download.
 */
export async function attachedFiles(
  command: Command,
  interaction: Pick<ChatInputCommandInteraction, 'options'>,
  t: Translator,
): Promise<AttachedFiles> {
  const options: Record<string, string> = {};
  for (const option of command.options) {
    if (option.type !== 'file') continue;
    const attachment = interaction.options.getAttachment(discordName(option.name));
    if (!attachment) continue;
    if (attachment.size > MAX_FILE_BYTES) {
      const name =
        describeCommand(command, t.locale).options.find(
          (candidate) => candidate.key === option.name,
        )?.name ?? option.name;
      return {
        ok: false,
        problem: t.t('chat:problem.too_long', { option: name, max: MAX_FILE_LENGTH }),
      };
    }
    options[option.name] = await textOf(attachment);
    options[`${option.name}_name`] = attachment.name;
  }
  return { ok: true, options };
}
