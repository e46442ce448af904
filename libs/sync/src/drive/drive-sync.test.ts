import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type DriveChange, type DriveItem, type DriveSource } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { syncDrive } from './drive-sync';

const clock = fixedClock('2026-09-01T08:00:00Z');
const root = { kind: 'shared-drive', driveId: 'drive' } as const;
let testStore: TestStore;

/** A drive in memory: items by id, and a changes feed the test fills. */
function memoryDrive() {
  const items = new Map<string, DriveItem>();
  let feed: DriveChange[] = [];
  const put = (id: string, name: string, parent: string, isFolder = false) => {
    const item = {
      id,
      name,
      parents: [parent],
      isFolder,
      trashed: false,
      mimeType: isFolder ? 'application/vnd.google-apps.folder' : 'application/pdf',
      modifiedAt: '2026-08-01T00:00:00.000Z',
    };
    items.set(id, item);
    feed.push({ fileId: id, removed: false, item });
  };
  const source: DriveSource = {
    // "Changes from now on": what happened before is in the listing, not in the feed.
    startPageToken: async () => {
      feed = [];
      return 'start';
    },
    listChildren: async (folderId) => ({
      items: [...items.values()].filter((item) => item.parents[0] === folderId && !item.trashed),
    }),
    listChanges: async () => {
      const changes = feed;
      feed = [];
      return { status: 'page', changes, newStartPageToken: 'next' };
    },
    getItem: async (id) => items.get(id),
  };
  return { items, put, source };
}

beforeAll(async () => {
  testStore = await createTestStore({ clock });
});
afterAll(() => testStore.close());

const index = async () =>
  (await testStore.store.documents.search('', { limit: 100, offset: 0 })).items
    .map((document) => `${document.folderPath}|${document.name}`)
    .sort();

describe('syncDrive', () => {
  const drive = memoryDrive();

  it('lists the tree folder by folder, with folder paths, on the first run', async () => {
    drive.put('f1', 'Strategia', 'drive', true);
    drive.put('f2', '2026', 'f1', true);
    drive.put('d1', 'Plan', 'f2');
    drive.put('d2', 'Regulamin', 'drive');
    const report = await syncDrive(root, {
      source: drive.source,
      store: testStore.store,
      announce: false,
      clock,
    });
    expect(report).toMatchObject({ mode: 'full', upserted: 2 });
    expect(await index()).toEqual(['Strategia/2026|Plan', '|Regulamin']);
  });

  it('follows changes, locating new files through folders it asks for', async () => {
    drive.put('d3', 'Protokół', 'f2');
    drive.put('gone', 'Poza klastrem', 'elsewhere');
    const report = await syncDrive(root, {
      source: drive.source,
      store: testStore.store,
      clock,
    });
    expect(report).toMatchObject({ mode: 'incremental', upserted: 1, announced: 1 });
    expect((await testStore.store.outbox.pending(10)).map((entry) => entry.message)).toEqual([
      { type: 'announce', subject: { type: 'document-announcement', documentId: 'd3' } },
    ]);
    expect(await index()).toEqual(['Strategia/2026|Plan', 'Strategia/2026|Protokół', '|Regulamin']);
  });

  it('lists the tree again when a folder is renamed, so paths below it follow', async () => {
    drive.put('f1', 'Strategia i plany', 'drive', true);
    const report = await syncDrive(root, {
      source: drive.source,
      store: testStore.store,
      announce: false,
      clock,
    });
    expect(report.mode).toBe('full');
    expect(await index()).toEqual([
      'Strategia i plany/2026|Plan',
      'Strategia i plany/2026|Protokół',
      '|Regulamin',
    ]);
  });
});
