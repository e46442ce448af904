import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driveSourceKey } from '@glokal/sync';
import type { RunningWorker } from '../start-worker';
import {
  driveId,
  startHarness,
  storedDocuments,
  syncOnce,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
const folders: Record<string, string> = {};

beforeAll(async () => {
  harness = await startHarness({ pageSize: 4 });
  const drive = harness.fake.drive;
  folders['strategy'] = drive.addFolder({ name: 'Strategia', parentId: driveId });
  folders['2026'] = drive.addFolder({ name: '2026', parentId: folders['strategy'] });
  folders['minutes'] = drive.addFolder({ name: 'Protokoły', parentId: driveId });
  drive.addFile({
    name: 'Strategia klastra',
    parentId: folders['2026'],
    description: 'Cele na lata 2026–2030',
  });
  drive.addFile({ name: 'Dobre praktyki', parentId: folders['strategy'] });
  for (let n = 1; n <= 9; n += 1)
    drive.addFile({ name: `Protokół ${n}/2026`, parentId: folders['minutes'] });
  drive.addFile({
    name: 'Regulamin klastra',
    parentId: driveId,
    mimeType: 'application/pdf',
    sizeBytes: 120_000,
  });
  worker = await harness.startWorker();
});
afterAll(() => harness.close());

const index = async () =>
  (await storedDocuments(harness))
    .map((document) => `${document.folderPath}|${document.name}`)
    .sort();
const truth = () =>
  harness.fake.drive
    .truth(driveId)
    .map((file) => `${file.folderPath}|${file.name}`)
    .sort();

describe('drive sync through the worker', () => {
  it('indexes every file of the shared drive with its folder path on the first run', async () => {
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(await index()).toEqual(truth());
    expect(await index()).toContain('Strategia/2026|Strategia klastra');
    const found = await harness.testStore.store.documents.search('strategia 2026', {
      limit: 10,
      offset: 0,
    });
    expect(found.items.map((document) => document.name)).toContain('Strategia klastra');
  });

  it('follows the changes feed: new, renamed, trashed and deleted files', async () => {
    const drive = harness.fake.drive;
    const minutes = drive.truth(driveId).filter((file) => file.folderPath === 'Protokoły');
    const [first, second, third] = minutes.map((file) => file.id);
    if (!first || !second || !third) throw new Error('no files');
    drive.addFile({ name: 'Wniosek KA2', parentId: folders['strategy'] ?? driveId });
    drive.updateFile(first, { name: 'Nowa nazwa' });
    drive.trash(second);
    drive.remove(third);
    harness.fake.requests.length = 0;
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(harness.fake.requests.some((request) => request.path === '/drive/v3/changes')).toBe(
      true,
    );
    expect(await index()).toEqual(truth());
  });

  it("moves documents with their folder when a folder is renamed, and drops a trashed folder's files", async () => {
    harness.fake.drive.updateFile(folders['strategy'] ?? '', { name: 'Strategia i plany' });
    harness.fake.drive.trash(folders['minutes'] ?? '');
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(await index()).toEqual(truth());
    expect(await index()).toContain('Strategia i plany/2026|Strategia klastra');
    expect((await index()).some((line) => line.startsWith('Protokoły'))).toBe(false);
  });

  it('keeps the start token after a failed run and catches up on the next', async () => {
    const key = driveSourceKey({ kind: 'shared-drive', driveId });
    const before = (await harness.testStore.store.syncState.get(key))?.cursor;
    harness.fake.drive.addFile({ name: 'Sprawozdanie', parentId: driveId });
    harness.fake.faults.failNext(50, '500', { path: /^\/drive\// });
    expect(await syncOnce(worker, 'drive')).toBe('failed');
    expect((await harness.testStore.store.syncState.get(key))?.cursor).toBe(before);
    harness.fake.faults.clear();
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(await index()).toEqual(truth());
  });
});
