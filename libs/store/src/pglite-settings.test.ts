import { describe, expect, it } from 'vitest';
import { openScratchStore } from './scratch-store';
import { SHARED_BUFFERS } from './pglite-settings';

describe('embedded PGlite settings', () => {
  it('opens scratch stores from the migrated template with small shared buffers', async () => {
    const opened = await openScratchStore();
    try {
      expect(await opened.query('show shared_buffers')).toEqual([
        { shared_buffers: SHARED_BUFFERS },
      ]);
    } finally {
      await opened.close();
    }
  });
});
