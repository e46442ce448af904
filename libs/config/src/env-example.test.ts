import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { Environment, loadConfig } from './config';
import { SecretFiles } from './secret-files';

const root = resolve(import.meta.dirname, '../../..');
const example = readFileSync(resolve(root, '.env.example'), 'utf8');
const compose = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');

/** A variable's line: `NAME=value`, or `# NAME=default` (commented out: the default). */
const variableLine = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;
const lines = example.split('\n').flatMap((line) => {
  const match = variableLine.exec(line.trim());
  return match ? [{ name: match[2]!, commented: Boolean(match[1]), line: match[0] }] : [];
});
const listed = lines.map((line) => line.name);
/** What the configuration reads: the keys of its zod schemas (secrets may come from files). */
const read = [...Object.keys(Environment.shape), ...Object.keys(SecretFiles.shape)];
/** What docker-compose.yml puts into itself from `.env`: its `${NAME…}` interpolations. */
const interpolated = [
  ...new Set([...compose.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)),
];

describe('.env.example', () => {
  it('lists every variable the configuration reads', () => {
    expect(read.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('lists nothing that neither the configuration nor docker-compose.yml reads, and each once', () => {
    expect(listed.filter((name) => !read.includes(name) && !interpolated.includes(name))).toEqual(
      [],
    );
    expect(listed.filter((name, index) => listed.indexOf(name) !== index)).toEqual([]);
  });

  it('says in a comment above each variable what it is', () => {
    const all = example.split('\n');
    const unexplained = lines.filter(({ line }) => {
      const above = all[all.findIndex((text) => text.trim() === line) - 1]?.trim() ?? '';
      return !above.startsWith('#') || variableLine.test(above);
    });
    expect(unexplained.map(({ name }) => name)).toEqual([]);
  });

  it('copied as it is, configures Glokal as an empty environment does', () => {
    expect(loadConfig(parse(example))).toEqual(loadConfig({}));
  });

  it('shows the true defaults on its commented-out lines', () => {
    const defaults = lines
      .filter((line) => line.commented)
      .map((line) => line.line.replace(/^#\s*/, ''))
      .join('\n');
    expect(defaults).not.toBe('');
    expect(loadConfig({ ...parse(example), ...parse(defaults) })).toEqual(loadConfig({}));
  });

  it('leaves every secret blank', () => {
    const secrets = lines.filter(({ name }) => /TOKEN|SECRET|PASSWORD/.test(name));
    expect(secrets.length).toBeGreaterThan(4);
    expect(secrets.filter(({ line }) => !line.endsWith('='))).toEqual([]);
  });
});
