import type { AutocompleteInteraction } from 'discord.js';
import { suggest, type Suggestion } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { commandForSubcommand, discordName, suggestionKindOf } from './command-definitions';
import { memberOf } from './discord-member';
import { resolveContext } from './requester';
import { chosenSubcommand } from './to-command-request';
import { periodSuggestions } from './period-suggestions';
import { cut } from './inert-text';
import { limits } from './discord-limits';

async function suggestionsFor(
  interaction: AutocompleteInteraction,
  deps: BotDeps,
): Promise<Suggestion[]> {
  const focused = interaction.options.getFocused(true);
  const chosen = chosenSubcommand(interaction.options.data);
  const command = chosen.subcommand
    ? commandForSubcommand(deps.catalogue, chosen.subcommand, chosen.group)
    : undefined;
  const option = command?.options.find((candidate) => discordName(candidate.name) === focused.name);
  const kind = option ? suggestionKindOf(option) : undefined;
  if (!kind) return [];
  const context = await resolveContext(memberOf(interaction), deps);
  const typed = String(focused.value);
  const t = createTranslator(context.locale, context.timeZone);
  if (kind === 'period') return periodSuggestions(typed, deps.chat.clock.now(), t);
  const found = await suggest(kind, typed, context, deps.chat);
  if (found.length > 0 || typed.trim() === '') return found;
  return [{ name: t.t('discord:no_suggestions'), value: typed.trim().slice(0, 100) }];
}

/** Choices while typing (event and grant names, periods): in time, or none at all. */
export async function onAutocomplete(
  interaction: AutocompleteInteraction,
  deps: BotDeps,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Suggestion[]>((resolve) => {
    timer = setTimeout(() => resolve([]), deps.autocompleteWithinMs);
  });
  try {
    const choices = await Promise.race([suggestionsFor(interaction, deps), late]);
    await interaction.respond(
      choices.slice(0, limits.autocompleteChoices).map((choice) => ({
        name: cut(choice.name, limits.choiceName),
        value: choice.value.slice(0, 100),
      })),
    );
  } catch (error) {
    deps.logger.error({ err: error, interaction: interaction.id }, 'could not suggest');
  } finally {
    clearTimeout(timer);
  }
}
