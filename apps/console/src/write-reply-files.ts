import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Translator } from '@glokal/domain';
import type { ReplyFile } from '@glokal/chat';

/** Tries `name`, then `name-2`, `name-3`… so an earlier export is never overwritten. */
const ATTEMPTS = 100;

function candidate(name: string, attempt: number): string {
  if (attempt === 1) return name;
  const extension = extname(name);
  return `${name.slice(0, name.length - extension.length)}-${attempt}${extension}`;
}

/**
 * Writes a reply's files (a CSV export) into `dir`, the console's current directory, as UTF-8,
 * and says where each went; a name is taken only as a file name, never as a path.
 */
export async function writeReplyFiles(
  files: readonly ReplyFile[],
  dir: string,
  t: Translator,
): Promise<string[]> {
  const lines: string[] = [];
  for (const file of files) {
    const name = basename(file.name) || 'glokal.txt';
    let written: string | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS && !written; attempt += 1) {
      const path = join(dir, candidate(name, attempt));
      try {
        await writeFile(path, file.text, { encoding: 'utf8', flag: 'wx' });
        written = path;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
      }
    }
    lines.push(
      written
        ? t.t('console:file_written', { path: written })
        : t.t('console:file_not_written', { name, dir }),
    );
  }
  return lines;
}
