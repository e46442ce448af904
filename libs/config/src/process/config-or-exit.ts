import { ConfigError, loadConfig, type GlokalConfig } from '../config';
import { loadDotEnv } from '../dotenv';
import { createLogger, type Logger } from '../logger';
import { reportStartupProblems } from './startup-problem';

const exitNow = (code: number): never => process.exit(code);

/** The configuration, or what to fix in it (by variable name, never a secret's value). */
export type ConfigReading = { ok: true; config: GlokalConfig } | { ok: false; message: string };

/** Exit code of a process that cannot start because of its configuration. */
export const CONFIG_EXIT_CODE = 2;

/** Reads and checks the configuration; a `ConfigError` becomes a value, anything else throws. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ConfigReading {
  try {
    return { ok: true, config: loadConfig(env) };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message };
    throw error;
  }
}

export interface ConfigOrExitOptions {
  /** Where the variables are read from (and `.env` is loaded into); `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /** The `.env` file; `.env` in the working directory by default. */
  dotEnvPath?: string;
  stderr?: { write(text: string): unknown };
  exit?: (code: number) => never;
}

/**
 * Loads `.env` (the real environment wins) and the configuration; a bad configuration ends the
 * process with exit code 2 and a readable list of what to fix on stderr. From here on, a
 * `StartupProblem` nothing catches ends the process with its message, not a stack trace.
 */
export function configOrExit(options: ConfigOrExitOptions = {}): GlokalConfig {
  if (!options.exit) reportStartupProblems();
  const env = options.env ?? process.env;
  loadDotEnv(options.dotEnvPath, env);
  const reading = readConfig(env);
  if (reading.ok) return reading.config;
  (options.stderr ?? process.stderr).write(`${reading.message}\n`);
  return (options.exit ?? exitNow)(CONFIG_EXIT_CODE);
}

/** The process's one logger: JSON on stdout at the configured level, named after the process. */
export function processLogger(config: Pick<GlokalConfig, 'logLevel'>, name: string): Logger {
  return createLogger({ level: config.logLevel, name });
}

/** What every entry point starts with: the configuration (or a readable exit) and the logger. */
export function startProcess(
  name: string,
  options: ConfigOrExitOptions = {},
): { config: GlokalConfig; logger: Logger } {
  const config = configOrExit(options);
  return { config, logger: processLogger(config, name) };
}

/**
 * A part of the configuration the process cannot run without (the Slack or Discord
 * credentials): returned when set, otherwise the process says what to set and exits with 1.
 */
export function requireConfigured<T>(
  value: T | undefined,
  whatToSet: string,
  logger: Pick<Logger, 'error'>,
  exit: (code: number) => never = exitNow,
): T {
  if (value !== undefined) return value;
  logger.error(whatToSet);
  return exit(1);
}
