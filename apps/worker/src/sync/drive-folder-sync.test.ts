import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@glokal/config';
import { googleSourcesFrom } from '../google/google-sources';
import type { RunningWorker } from '../start-worker';
import {
  silentLogger,
  startHarness,
  storedDocuments,
  syncOnce,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
let root = '';

beforeAll(async () => {
  harness = await startHarness({ pageSize: 3 });
  const drive = harness.fake.drive;
  root = drive.addRootFolder('Klaster — dokumenty');
  const outside = drive.addRootFolder('Prywatne');
  const projects = drive.addFolder({ name: 'Projekty', parentId: root });
  drive.addFile({ name: 'Karta projektu', parentId: projects });
  drive.addFile({ name: 'Lista członków', parentId: root });
  drive.addFile({ name: 'Notatki prywatne', parentId: outside });
  const config = loadConfig({
    REDIS_URL: harness.config.redis.url,
    QUEUE_PREFIX: harness.config.redis.queuePrefix,
    GOOGLE_DRIVE_FOLDER_ID: root,
    GOOGLE_ACCESS_TOKEN: 'ya29.test',
    GOOGLE_API_ROOT_URL: harness.fake.rootUrl,
  });
  const sources = await googleSourcesFrom(config, silentLogger, {
    drivePageSize: 3,
    retry: { sleep: async () => undefined },
  });
  worker = await harness.startWorker({ config, sources });
});
afterAll(() => harness.close());

const index = async () =>
  (await storedDocuments(harness))
    .map((document) => `${document.folderPath}|${document.name}`)
    .sort();

describe('drive sync of one folder tree', () => {
  it('indexes only what lies under the folder, with paths from it', async () => {
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(await index()).toEqual(['Projekty|Karta projektu', '|Lista członków']);
  });

  it('drops a file moved out of the tree and takes in one moved into it', async () => {
    const drive = harness.fake.drive;
    const card = drive.truth(root).find((file) => file.name === 'Karta projektu');
    const outside = drive.addRootFolder('Archiwum');
    const brought = drive.addFile({ name: 'Plan roczny', parentId: outside });
    if (!card) throw new Error('no card');
    drive.updateFile(card.id, { parentId: outside });
    drive.updateFile(brought, { parentId: root });
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    expect(await index()).toEqual(['|Lista członków', '|Plan roczny']);
  });
});
