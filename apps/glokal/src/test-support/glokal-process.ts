import { resolve } from 'node:path';
import { startWatchedProcess, type WatchedProcess } from '@glokal/testing/process';

export { within } from '@glokal/testing/process';

const root = resolve(import.meta.dirname, '../../../..');
const main = resolve(import.meta.dirname, '../main.ts');

/** `npm start`'s entry point running as a process of its own. */
export type GlokalProcess = WatchedProcess;

/**
 * Starts `apps/glokal/src/main.ts` (what `npm start` runs) through tsx with only this
 * environment (and PATH, HOME, TZ=UTC), from the repository root.
 */
export function startGlokalProcess(env: Record<string, string>): GlokalProcess {
  return startWatchedProcess(['--import', 'tsx', main], root, env);
}
