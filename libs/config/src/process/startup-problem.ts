/**
 * A reason a process cannot start that a person can fix (a database that cannot be reached,
 * a data folder in use). Its message says what to do; it is shown without a stack trace.
 */
export class StartupProblem extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupProblem';
  }
}

export interface StartupProblemReport {
  stderr?: { write(text: string): unknown };
  exit?: (code: number) => never;
}

/**
 * What an entry point does with an error nothing caught: a `StartupProblem` is printed as its
 * message alone; anything else with its stack, as Node would. Both exit with 1.
 */
export function reportUncaught(error: unknown, options: StartupProblemReport = {}): never {
  const stderr = options.stderr ?? process.stderr;
  if (error instanceof StartupProblem) stderr.write(`${error.message}\n`);
  else stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return (options.exit ?? ((code: number) => process.exit(code)))(1);
}

let installed = false;

/** Routes the process's uncaught errors (including a failed top-level `await`) to `reportUncaught`. */
export function reportStartupProblems(): void {
  if (installed) return;
  installed = true;
  process.on('uncaughtException', (error) => reportUncaught(error));
}
