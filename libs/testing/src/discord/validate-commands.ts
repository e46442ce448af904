import { z } from 'zod';
import { commandLimits as limits, commandNamePattern, discordLocales } from './discord-limits';

const Localizations = z.record(z.string(), z.string()).nullable().optional();

interface CommandOption {
  type: number;
  name: string;
  description: string;
  name_localizations?: Record<string, string> | null | undefined;
  description_localizations?: Record<string, string> | null | undefined;
  required?: boolean | undefined;
  autocomplete?: boolean | undefined;
  min_value?: number | undefined;
  max_value?: number | undefined;
  max_length?: number | undefined;
  choices?:
    | {
        name: string;
        value: string | number;
        name_localizations?: Record<string, string> | null | undefined;
      }[]
    | undefined;
  options?: CommandOption[] | undefined;
}

const Choice = z.looseObject({
  name: z.string(),
  value: z.union([z.string(), z.number()]),
  name_localizations: Localizations,
});

const Option: z.ZodType<CommandOption> = z.lazy(() =>
  z.looseObject({
    type: z.number().int().min(1).max(11),
    name: z.string(),
    description: z.string(),
    name_localizations: Localizations,
    description_localizations: Localizations,
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    min_value: z.number().optional(),
    max_value: z.number().optional(),
    max_length: z.number().int().optional(),
    choices: z.array(Choice).optional(),
    options: z.array(Option).optional(),
  }),
);

export const CommandPayload = z.looseObject({
  name: z.string(),
  type: z.number().int().optional(),
  description: z.string(),
  name_localizations: Localizations,
  description_localizations: Localizations,
  options: z.array(Option).optional(),
  default_member_permissions: z.string().nullable().optional(),
  contexts: z.array(z.number().int()).nullable().optional(),
  integration_types: z.array(z.number().int()).optional(),
});
export type CommandPayload = z.infer<typeof CommandPayload>;

const subcommand = 1;
const group = 2;

function checkName(problems: string[], at: string, name: string): void {
  if (!commandNamePattern.test(name))
    problems.push(`${at}: name ${JSON.stringify(name)} does not match ${commandNamePattern}`);
  if (name !== name.toLowerCase())
    problems.push(`${at}: name ${JSON.stringify(name)} must be lower case`);
}

function checkLocalizations(
  problems: string[],
  at: string,
  names: Record<string, string> | null | undefined,
  descriptions: Record<string, string> | null | undefined,
): void {
  for (const [locale, name] of Object.entries(names ?? {})) {
    if (!(discordLocales as readonly string[]).includes(locale))
      problems.push(`${at}.name_localizations: unknown locale ${locale}`);
    checkName(problems, `${at}.name_localizations.${locale}`, name);
  }
  for (const [locale, description] of Object.entries(descriptions ?? {})) {
    if (!(discordLocales as readonly string[]).includes(locale))
      problems.push(`${at}.description_localizations: unknown locale ${locale}`);
    if (description.length < 1 || description.length > limits.description) {
      problems.push(
        `${at}.description_localizations.${locale}: 1 to ${limits.description} characters`,
      );
    }
  }
}

function checkOptions(
  problems: string[],
  at: string,
  options: readonly CommandOption[],
  depth: number,
): void {
  if (options.length > limits.options)
    problems.push(`${at}: ${options.length} options, at most ${limits.options}`);
  const names = new Set<string>();
  let optionalSeen = false;
  const hasSubcommands = options.some(
    (option) => option.type === subcommand || option.type === group,
  );
  options.forEach((option, index) => {
    const path = `${at}.${index}`;
    checkName(problems, path, option.name);
    if (names.has(option.name)) problems.push(`${path}: duplicate option name ${option.name}`);
    names.add(option.name);
    if (option.description.length < 1 || option.description.length > limits.description) {
      problems.push(`${path}.description: 1 to ${limits.description} characters`);
    }
    checkLocalizations(problems, path, option.name_localizations, option.description_localizations);
    const nested = option.type === subcommand || option.type === group;
    if (hasSubcommands && !nested)
      problems.push(`${path}: subcommands and plain options may not be mixed`);
    if (option.type === group && depth > 0)
      problems.push(`${path}: a subcommand group may only be at the top`);
    if (option.type === subcommand && depth > 1)
      problems.push(`${path}: subcommands nest at most two levels`);
    if (nested) {
      checkOptions(problems, `${path}.options`, option.options ?? [], depth + 1);
      return;
    }
    if (option.required) {
      if (optionalSeen) problems.push(`${path}: required options must come before optional ones`);
    } else optionalSeen = true;
    const choices = option.choices ?? [];
    if (choices.length > limits.choices)
      problems.push(`${path}.choices: ${choices.length}, at most ${limits.choices}`);
    if (option.autocomplete && choices.length > 0)
      problems.push(`${path}: autocomplete and choices exclude each other`);
    choices.forEach((choice, c) => {
      if (choice.name.length < 1 || choice.name.length > limits.choiceName)
        problems.push(`${path}.choices.${c}.name: 1 to ${limits.choiceName} characters`);
      if (typeof choice.value === 'string' && choice.value.length > limits.choiceValue)
        problems.push(`${path}.choices.${c}.value: at most ${limits.choiceValue} characters`);
      for (const [locale, name] of Object.entries(choice.name_localizations ?? {})) {
        if (name.length < 1 || name.length > limits.choiceName)
          problems.push(
            `${path}.choices.${c}.name_localizations.${locale}: 1 to ${limits.choiceName} characters`,
          );
      }
    });
  });
}

/** Characters of a command in one locale: names, descriptions, choice names and values. */
export function commandSize(payload: unknown, locale?: string): number {
  const command = CommandPayload.parse(payload);
  const text = (plain: string, localized: Record<string, string> | null | undefined) =>
    (locale ? (localized?.[locale] ?? plain) : plain).length;
  const ofOptions = (options: readonly CommandOption[]): number =>
    options.reduce(
      (sum, option) =>
        sum +
        text(option.name, option.name_localizations) +
        text(option.description, option.description_localizations) +
        (option.choices ?? []).reduce(
          (inner, choice) =>
            inner + text(choice.name, choice.name_localizations) + String(choice.value).length,
          0,
        ) +
        ofOptions(option.options ?? []),
      0,
    );
  return (
    text(command.name, command.name_localizations) +
    text(command.description, command.description_localizations) +
    ofOptions(command.options ?? [])
  );
}

/** What Discord would refuse in a bulk overwrite (`PUT …/commands`); empty when it would accept it. */
export function commandProblems(body: unknown): string[] {
  const parsed = z.array(CommandPayload).safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const problems: string[] = [];
  if (parsed.data.length > limits.commands)
    problems.push(`${parsed.data.length} commands, at most ${limits.commands}`);
  const names = new Set<string>();
  parsed.data.forEach((command, index) => {
    const at = `${index}`;
    checkName(problems, at, command.name);
    if (names.has(command.name)) problems.push(`${at}: duplicate command ${command.name}`);
    names.add(command.name);
    if (command.description.length < 1 || command.description.length > limits.description) {
      problems.push(`${at}.description: 1 to ${limits.description} characters`);
    }
    checkLocalizations(problems, at, command.name_localizations, command.description_localizations);
    checkOptions(problems, `${at}.options`, command.options ?? [], 0);
    const locales = new Set<string | undefined>([undefined]);
    const collect = (options: readonly CommandOption[]) =>
      options.forEach((option) => {
        Object.keys(option.name_localizations ?? {}).forEach((locale) => locales.add(locale));
        Object.keys(option.description_localizations ?? {}).forEach((locale) =>
          locales.add(locale),
        );
        collect(option.options ?? []);
      });
    Object.keys(command.name_localizations ?? {}).forEach((locale) => locales.add(locale));
    collect(command.options ?? []);
    for (const locale of locales) {
      const size = commandSize(command, locale);
      if (size > limits.total)
        problems.push(
          `${at}: ${size} characters${locale ? ` in ${locale}` : ''}, at most ${limits.total}`,
        );
    }
  });
  return problems;
}
