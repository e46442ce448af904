import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupProblem } from '@glokal/config/process';
import { openConfiguredStore } from './open-configured-store';
import { SHARED_BUFFERS } from './pglite-settings';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'glokal-configured-store-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('openConfiguredStore', () => {
  it('opens embedded PGlite under DATA_DIR when no DATABASE_URL is set, migrated, kept on disk, with small shared buffers', async () => {
    const config = {
      database: { dataDir },
      cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' as const },
    };
    const logged: object[] = [];
    const opened = await openConfiguredStore(config, {
      logger: { info: (detail) => logged.push(detail) },
    });
    try {
      expect(opened.kind).toBe('pglite');
      expect(await opened.isEmpty()).toBe(true);
      expect(existsSync(join(dataDir, 'pglite'))).toBe(true);
      // Small shared buffers: PGlite keeps them resident in its WebAssembly memory.
      expect(await opened.query('show shared_buffers')).toEqual([
        { shared_buffers: SHARED_BUFFERS },
      ]);
      expect(logged).toContainEqual(
        expect.objectContaining({ kind: 'pglite', applied: expect.any(Array) }),
      );
    } finally {
      await opened.close();
    }
  });

  it('goes to the Postgres at DATABASE_URL when it is set, leaving DATA_DIR alone', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'glokal-configured-store-'));
    try {
      // Nothing listens on port 1: the refusal shows Postgres was chosen, without touching a real database.
      const config = {
        database: { url: 'postgres://glokal:s3cret@127.0.0.1:1/glokal', dataDir: elsewhere },
        cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' as const },
      };
      const failure = await openConfiguredStore(config).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StartupProblem);
      expect(String(failure)).toContain(
        'Postgres at 127.0.0.1:1/glokal (DATABASE_URL): nothing answers there',
      );
      expect(String(failure)).not.toContain('s3cret');
      expect(existsSync(join(elsewhere, 'pglite'))).toBe(false);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
