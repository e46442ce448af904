/**
 * Every chat command the README shows: lines of its code blocks that start with `/glokal`
 * (the text before an arrow `→`), and inline code spans that start with `/glokal`.
 */
export function readmeCommands(markdown: string): string[] {
  const found = new Set<string>();
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock) {
      const command = /^\s*(\/glokal\b[^→]*)/.exec(line)?.[1]?.trim();
      if (command) found.add(command);
      continue;
    }
    for (const match of line.matchAll(/`(\/glokal\b[^`]*)`/g)) found.add(match[1]!.trim());
  }
  return [...found];
}
