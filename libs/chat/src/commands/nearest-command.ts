import { distance } from 'fastest-levenshtein';
import { foldForSearch } from '@glokal/domain';
import type { Command } from '../command';

/** The near miss of a mistyped command: the command and the name it was nearest to, as written. */
export interface NearCommand {
  command: Command;
  name: string;
}

/** How many letters may be wrong: one in a short word, two in a longer one. */
const mistakesAllowed = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The command a mistyped word most likely meant (`evnts` → events, `wydarzeniaa` → wydarzenia),
 * by edit distance to each one-word name, Polish name and alias (folded, so accents do not
 * count); undefined when nothing is near enough. Ties go to the catalogue's order.
 */
export function nearestCommand(
  commands: readonly Command[],
  word: string,
): NearCommand | undefined {
  const folded = foldForSearch(word);
  if (!folded || folded.includes(' ')) return undefined;
  let nearest: (NearCommand & { mistakes: number }) | undefined;
  for (const command of commands) {
    for (const name of [command.name, command.namePl, ...(command.aliases ?? [])]) {
      if (name.includes(' ') || name.length < 3) continue;
      const mistakes = distance(folded, foldForSearch(name));
      if (mistakes > mistakesAllowed(folded) || (nearest && mistakes >= nearest.mistakes)) continue;
      nearest = { command, name, mistakes };
    }
  }
  return nearest && { command: nearest.command, name: nearest.name };
}
