import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-dir-lock';
import { openStore } from './open-store';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glokal-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data folder lock', () => {
  it('lets one holder in and names it to the next', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, 'pglite.lock'), 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.pid}`);
    lock.release();
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = freshDir();
    // Past the kernel's pid range (pid_max is at most 2^22), so no process has it.
    writeFileSync(join(dir, 'pglite.lock'), '99999999\n');
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, 'pglite.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('keeps a second store from opening a folder in use, before touching its files', async () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    await expect(openStore({ dataDir: dir, clusterTimeZone: 'Europe/Warsaw' })).rejects.toThrow(
      DataDirInUse,
    );
    lock.release();
  });
});
