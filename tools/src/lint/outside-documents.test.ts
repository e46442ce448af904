import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Documents that live outside this repository, which a reader of it cannot open. Spelled in
 * parts so that this file does not name them itself.
 */
const outsideDocuments = [
  ...['ARCHITECTURE', 'CONTRACT', 'STYLE'].map((name) => `${name}.md`),
  ['..', 'shared'].join('/'),
];

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && file !== 'package-lock.json');
}

describe('the repository explains itself', () => {
  it('mentions no document outside it (docs/architecture.md is the project’s own)', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const mentions: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(repoRoot, file), 'utf8');
      } catch {
        continue; // deleted in the work tree but not yet in the index
      }
      text.split('\n').forEach((line, index) => {
        for (const name of outsideDocuments)
          if (line.includes(name)) mentions.push(`${file}:${index + 1}: ${name}`);
      });
    }
    expect(mentions).toEqual([]);
  });

  it('has the architecture document the code points to', () => {
    expect(readFileSync(join(repoRoot, 'docs/architecture.md'), 'utf8')).toMatch(
      /^# Architecture/m,
    );
  });
});
