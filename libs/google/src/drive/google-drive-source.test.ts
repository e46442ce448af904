import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createGoogleAuth } from '../auth/create-google-auth';
import { createGoogleDriveSource } from './google-drive-source';

const driveId = '0AKlasterSharedDrive';
let fake: FakeGoogle;
let source: ReturnType<typeof createGoogleDriveSource>;

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.drive.addSharedDrive(driveId, 'Klaster');
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.test' });
  source = createGoogleDriveSource({
    auth,
    rootUrl: fake.rootUrl,
    scope: { kind: 'shared-drive', driveId },
    pageSize: 2,
    retry: { sleep: async () => undefined },
  });
});
afterAll(() => fake.close());

describe('the Google Drive source, through googleapis', () => {
  it('lists a shared-drive folder a page at a time with the all-drives flags', async () => {
    const strategy = fake.drive.addFolder({ name: 'Strategia', parentId: driveId });
    fake.drive.addFile({
      name: 'Strategia klastra 2026',
      parentId: strategy,
      description: 'Cele i działania',
      sizeBytes: 2048,
      mimeType: 'application/pdf',
    });
    fake.drive.addFile({ name: 'Plan działań', parentId: strategy });
    fake.drive.addFile({ name: 'Notatka', parentId: strategy });

    const first = await source.listChildren(strategy);
    const second = await source.listChildren(strategy, first.nextPageToken);
    expect([...first.items, ...second.items].map((item) => item.name).sort()).toEqual([
      'Notatka',
      'Plan działań',
      'Strategia klastra 2026',
    ]);
    expect(second.nextPageToken).toBeUndefined();
    expect(first.items[0]).toMatchObject({
      isFolder: false,
      parents: [strategy],
      trashed: false,
      sizeBytes: 2048,
      description: 'Cele i działania',
    });
    const listing = fake.requests.find((request) => request.path === '/drive/v3/files');
    expect(
      Object.fromEntries(
        ['corpora', 'driveId', 'supportsAllDrives', 'includeItemsFromAllDrives'].map((name) => [
          name,
          listing?.query.get(name),
        ]),
      ),
    ).toEqual({
      corpora: 'drive',
      driveId,
      supportsAllDrives: 'true',
      includeItemsFromAllDrives: 'true',
    });
    expect(listing?.query.get('fields')).toContain('parents');
  });

  it('follows the changes feed from a start token to the new start token', async () => {
    const start = await source.startPageToken();
    const minutes = fake.drive.addFolder({ name: 'Protokoły', parentId: driveId });
    const note = fake.drive.addFile({ name: 'Protokół 3/2026', parentId: minutes });
    fake.drive.trash(note);
    const gone = fake.drive.addFile({ name: 'Szkic', parentId: minutes });
    fake.drive.remove(gone);

    const changes = [];
    let token: string | undefined = start;
    let newStart: string | undefined;
    while (token) {
      const page = await source.listChanges(token);
      if (page.status !== 'page') throw new Error('expired');
      changes.push(...page.changes);
      token = page.nextPageToken;
      newStart = page.newStartPageToken;
    }
    expect(newStart).toBeDefined();
    expect(changes.find((change) => change.fileId === note)?.item?.trashed).toBe(true);
    expect(changes.find((change) => change.fileId === gone)).toEqual({
      fileId: gone,
      removed: true,
    });
    expect(changes.find((change) => change.fileId === minutes)?.item?.isFolder).toBe(true);
  });

  it('gets one item, and answers undefined for one that does not exist', async () => {
    const folder = fake.drive.addFolder({ name: 'Wnioski', parentId: driveId });
    expect(await source.getItem(folder)).toMatchObject({
      name: 'Wnioski',
      isFolder: true,
      parents: [driveId],
    });
    expect(await source.getItem('1doesNotExist')).toBeUndefined();
  });
});
