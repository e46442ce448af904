import { describe, expect, it } from 'vitest';
import { StartupProblem, reportUncaught } from './startup-problem';

function capture(error: unknown): { text: string; code: number | undefined } {
  let text = '';
  let code: number | undefined;
  try {
    reportUncaught(error, {
      stderr: { write: (chunk: string) => (text += chunk) },
      exit: (exitCode) => {
        code = exitCode;
        throw new Error('exited');
      },
    });
  } catch {
    // the injected exit stops here, as process.exit would
  }
  return { text, code };
}

describe('reportUncaught', () => {
  it('shows a startup problem as its message alone, telling what to do, and exits with 1', () => {
    const { text, code } = capture(new StartupProblem('Postgres cannot be reached: start it.'));
    expect(text).toBe('Postgres cannot be reached: start it.\n');
    expect(code).toBe(1);
  });

  it('shows any other error with its stack, as Node would', () => {
    const { text, code } = capture(new TypeError('a bug'));
    expect(text).toContain('TypeError: a bug');
    expect(text).toContain('startup-problem.test.ts');
    expect(code).toBe(1);
  });
});
