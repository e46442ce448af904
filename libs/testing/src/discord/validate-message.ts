import { z } from 'zod';
import { messageLimits as limits } from './discord-limits';

const Button = z.looseObject({
  type: z.literal(2),
  style: z.number().int().min(1).max(6),
  label: z.string().optional(),
  custom_id: z.string().optional(),
  url: z.string().optional(),
  disabled: z.boolean().optional(),
});

const ActionRow = z.looseObject({ type: z.literal(1), components: z.array(Button) });

const Embed = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  color: z.number().int().optional(),
  fields: z
    .array(z.looseObject({ name: z.string(), value: z.string(), inline: z.boolean().optional() }))
    .optional(),
  footer: z.looseObject({ text: z.string() }).optional(),
  author: z.looseObject({ name: z.string() }).optional(),
});

const AllowedMentions = z.looseObject({
  parse: z.array(z.enum(['everyone', 'roles', 'users'])).optional(),
  roles: z.array(z.string()).optional(),
  users: z.array(z.string()).optional(),
  replied_user: z.boolean().optional(),
});

/** The part of a message payload the fake understands (create, edit, interaction callback data). */
export const MessagePayload = z.looseObject({
  content: z.string().nullable().optional(),
  embeds: z.array(Embed).nullable().optional(),
  components: z.array(ActionRow).nullable().optional(),
  allowed_mentions: AllowedMentions.nullable().optional(),
  flags: z.number().int().nullable().optional(),
});
export type MessagePayload = z.infer<typeof MessagePayload>;

function embedLength(embed: z.infer<typeof Embed>): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function tooLong(problems: string[], path: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max)
    problems.push(`${path}: ${text.length} characters, at most ${max}`);
}

/**
 * Checks a message payload against Discord's limits and returns what Discord would refuse
 * (empty when it would accept it). `requireContent` is for new messages, which may not be empty.
 */
export function messageProblems(body: unknown, options: { requireContent: boolean }): string[] {
  const parsed = MessagePayload.safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const message = parsed.data;
  const problems: string[] = [];
  tooLong(problems, 'content', message.content ?? undefined, limits.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > limits.embeds)
    problems.push(`embeds: ${embeds.length}, at most ${limits.embeds}`);
  embeds.forEach((embed, index) => {
    const at = `embeds.${index}`;
    tooLong(problems, `${at}.title`, embed.title, limits.title);
    tooLong(problems, `${at}.description`, embed.description, limits.description);
    tooLong(problems, `${at}.footer.text`, embed.footer?.text, limits.footer);
    tooLong(problems, `${at}.author.name`, embed.author?.name, limits.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > limits.fields)
      problems.push(`${at}.fields: ${fields.length}, at most ${limits.fields}`);
    fields.forEach((field, f) => {
      if (field.name.length === 0 || field.value.length === 0)
        problems.push(`${at}.fields.${f}: name and value may not be empty`);
      tooLong(problems, `${at}.fields.${f}.name`, field.name, limits.fieldName);
      tooLong(problems, `${at}.fields.${f}.value`, field.value, limits.fieldValue);
    });
    if (embedLength(embed) === 0) problems.push(`${at}: an embed may not be empty`);
  });
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > limits.embedTotal)
    problems.push(`embeds: ${total} characters in all, at most ${limits.embedTotal}`);
  const rows = message.components ?? [];
  if (rows.length > limits.actionRows)
    problems.push(`components: ${rows.length} rows, at most ${limits.actionRows}`);
  const customIds = new Set<string>();
  rows.forEach((row, r) => {
    if (row.components.length === 0 || row.components.length > limits.buttonsPerRow) {
      problems.push(
        `components.${r}: ${row.components.length} buttons, 1 to ${limits.buttonsPerRow}`,
      );
    }
    row.components.forEach((button, b) => {
      const at = `components.${r}.components.${b}`;
      tooLong(problems, `${at}.label`, button.label, limits.buttonLabel);
      if (button.style === 5) {
        if (!button.url || button.custom_id !== undefined)
          problems.push(`${at}: a link button has a url and no custom_id`);
        return;
      }
      if (!button.custom_id) problems.push(`${at}.custom_id: required`);
      else {
        tooLong(problems, `${at}.custom_id`, button.custom_id, limits.customId);
        if (customIds.has(button.custom_id))
          problems.push(`${at}.custom_id: duplicate ${button.custom_id}`);
        customIds.add(button.custom_id);
      }
    });
  });
  if (options.requireContent && !message.content && embeds.length === 0 && rows.length === 0) {
    problems.push('Cannot send an empty message');
  }
  return problems;
}

/**
 * What a message would ping, as Discord decides: mentions in `content` only (embeds never ping),
 * filtered by `allowed_mentions` (absent means "parse everything").
 */
export function pingsOf(body: unknown): { everyone: boolean; roles: string[]; users: string[] } {
  const parsed = MessagePayload.safeParse(body);
  const content = parsed.success ? (parsed.data.content ?? '') : '';
  const allowed = parsed.success ? parsed.data.allowed_mentions : undefined;
  const parse = new Set(allowed?.parse ?? (allowed ? [] : ['everyone', 'roles', 'users']));
  const roles = [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? '');
  const users = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? '');
  return {
    everyone: parse.has('everyone') && /@(everyone|here)/.test(content),
    roles: roles.filter((id) => parse.has('roles') || (allowed?.roles ?? []).includes(id)),
    users: users.filter((id) => parse.has('users') || (allowed?.users ?? []).includes(id)),
  };
}
