import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The variables that hold a secret (a token, a signing secret, or a connection string that may
 * carry a password). Each may instead be read from a file named by `<NAME>_FILE`, as Docker and
 * Kubernetes secrets are mounted (`/run/secrets/<name>`).
 */
export const secretVariables = [
  'DATABASE_URL',
  'REDIS_URL',
  'OPERATIONS_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
  'GOOGLE_ACCESS_TOKEN',
] as const;
export type SecretVariable = (typeof secretVariables)[number];

const optionalPath = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The `<NAME>_FILE` variables: a path each, to the file that holds that secret. */
export const SecretFiles = z.object(
  Object.fromEntries(secretVariables.map((name) => [`${name}_FILE`, optionalPath])) as Record<
    `${SecretVariable}_FILE`,
    typeof optionalPath
  >,
);

/** The file's text without its final newline (`echo` and editors add one; the secret has none). */
export function secretFromFileText(text: string): string {
  return text.replace(/\r?\n$/, '');
}

export interface SecretFilesReading {
  /** The environment with each secret read from its file put under the secret's own name. */
  env: NodeJS.ProcessEnv;
  /** The secrets that came from a file, so a problem with one can say so. */
  fromFile: SecretVariable[];
  /** What stops the configuration: by variable and path, never a secret's value. */
  problems: string[];
}

function setValue(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'this process may not read it';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return typeof code === 'string' ? `it cannot be read (${code})` : 'it cannot be read';
}

/**
 * Reads every `<NAME>_FILE` into `<NAME>`, for the schema to check as if it had been set
 * directly. Setting both is a problem (which one wins would be a guess), and so is a file that
 * cannot be read; both are named with the variable and the path, never with what the file holds.
 */
export function readSecretFiles(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): SecretFilesReading {
  const parsed = SecretFiles.safeParse(env);
  if (!parsed.success) {
    return {
      env,
      fromFile: [],
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const resolved: NodeJS.ProcessEnv = { ...env };
  const fromFile: SecretVariable[] = [];
  const problems: string[] = [];
  for (const name of secretVariables) {
    const path = parsed.data[`${name}_FILE`];
    if (path === undefined) continue;
    if (setValue(env[name])) {
      problems.push(`${name} and ${name}_FILE are both set: set one of them, not both`);
      continue;
    }
    try {
      resolved[name] = secretFromFileText(readFile(path));
      fromFile.push(name);
    } catch (error) {
      problems.push(`${name}_FILE: cannot read ${path}: ${reason(error)}`);
    }
  }
  return { env: resolved, fromFile, problems };
}
