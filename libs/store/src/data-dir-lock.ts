import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StartupProblem } from '@glokal/config/process';

/** Embedded PGlite's files belong to one process; a second one opening them would corrupt them. */
export class DataDirInUse extends StartupProblem {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. Embedded PGlite belongs ` +
        'to one process: stop that process, use another DATA_DIR, or set DATABASE_URL to share Postgres.',
    );
    this.name = 'DataDirInUse';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function holderOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `<dataDir>/pglite.lock` for this process, or throws `DataDirInUse` naming the process
 * that holds it. A lock left by a process that is gone (a crash, a kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const lockFile = join(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        release: () => {
          if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const holder = holderOf(lockFile);
      if (holder !== undefined && isRunning(holder)) throw new DataDirInUse(dataDir, holder);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not take ${lockFile}`);
}
