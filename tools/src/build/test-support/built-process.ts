import { startWatchedProcess, type WatchedProcess } from '@glokal/testing/process';

export { within } from '@glokal/testing/process';

/** A built app (`dist/<name>.mjs`) running under plain `node`, no loader. */
export type BuiltProcess = WatchedProcess;

/**
 * Starts `node <file>` in `cwd` with only this environment (and PATH, HOME, TZ=UTC): no
 * NODE_OPTIONS, so nothing but Node itself loads the file.
 */
export function startBuilt(file: string, cwd: string, env: Record<string, string>): BuiltProcess {
  return startWatchedProcess([file], cwd, env);
}
