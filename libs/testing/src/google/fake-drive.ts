import { randomBytes } from 'node:crypto';
import { flag, googleError, type FakeResponse } from './http-kit';

export const folderMimeType = 'application/vnd.google-apps.folder';

/** A file (or folder) resource as Drive v3 returns it. */
export interface FileResource {
  kind: 'drive#file';
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  description?: string;
  modifiedTime: string;
  webViewLink: string;
  size?: string;
  driveId?: string;
}

export interface FakeFileInput {
  name: string;
  parentId: string;
  mimeType?: string;
  description?: string;
  sizeBytes?: number;
}

interface Change {
  seq: number;
  removed: boolean;
  time: string;
}

/**
 * The fake's Drive: shared drives and folders a test edits, with the changes feed
 * (`changes.getStartPageToken`, `changes.list`), `files.list` (a `q` of `'<id>' in parents`,
 * `trashed = false`, `mimeType` clauses) and `files.get`, honouring the shared-drive flags.
 */
export class FakeDrive {
  private seq = 1;
  private readonly files = new Map<string, FileResource>();
  private readonly changes = new Map<string, Change>();
  private readonly sharedDrives = new Map<string, string>();

  addSharedDrive(driveId: string, name: string): void {
    this.sharedDrives.set(driveId, name);
  }

  /** A folder in "My Drive" style (no shared drive), e.g. the root of a folder-scoped sync. */
  addRootFolder(name: string, id = this.newId()): string {
    return this.put({ id, name, mimeType: folderMimeType, parents: ['my-drive-root'] });
  }

  addFolder(input: Omit<FakeFileInput, 'mimeType'>): string {
    return this.put({ ...this.fields(input), mimeType: folderMimeType });
  }

  addFile(input: FakeFileInput): string {
    return this.put(this.fields(input));
  }

  /** Renames, moves (`parentId`) or re-describes a file or folder. */
  updateFile(id: string, patch: { name?: string; parentId?: string; description?: string }): void {
    const file = this.file(id);
    this.files.set(id, {
      ...file,
      ...(patch.name ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.parentId ? { parents: [patch.parentId], ...this.driveOf(patch.parentId) } : {}),
      modifiedTime: new Date().toISOString(),
    });
    this.record(id, false);
  }

  /** Moves a file (a folder with everything in it) to the trash. */
  trash(id: string): void {
    for (const target of [id, ...this.descendants(id)]) {
      this.files.set(target, {
        ...this.file(target),
        trashed: true,
        modifiedTime: new Date().toISOString(),
      });
      this.record(target, false);
    }
  }

  /** Deletes a file for good (a folder with everything in it): the feed says `removed`. */
  remove(id: string): void {
    for (const target of [id, ...this.descendants(id)]) {
      this.file(target);
      this.files.delete(target);
      this.record(target, true);
    }
  }

  /** Files (not folders) under `rootId`, not trashed, with their folder path: what the index should hold. */
  truth(rootId: string): { id: string; name: string; folderPath: string; description?: string }[] {
    const result: { id: string; name: string; folderPath: string; description?: string }[] = [];
    const walk = (folderId: string, path: string) => {
      for (const file of this.files.values()) {
        if (file.trashed || file.parents[0] !== folderId) continue;
        if (file.mimeType === folderMimeType)
          walk(file.id, path ? `${path}/${file.name}` : file.name);
        else
          result.push({
            id: file.id,
            name: file.name,
            folderPath: path,
            ...(file.description ? { description: file.description } : {}),
          });
      }
    };
    walk(rootId, '');
    return result;
  }

  /** Ids of files and folders (not trashed) anywhere, for random edits. */
  ids(filter: 'files' | 'folders'): string[] {
    return [...this.files.values()]
      .filter(
        (file) => !file.trashed && (file.mimeType === folderMimeType) === (filter === 'folders'),
      )
      .map((file) => file.id);
  }

  /** `GET /drive/v3/changes/startPageToken`. */
  startPageToken(query: URLSearchParams): FakeResponse {
    const driveId = query.get('driveId');
    if (driveId && !flag(query, 'supportsAllDrives')) return needsAllDrives('supportsAllDrives');
    if (driveId && !this.sharedDrives.has(driveId))
      return googleError(404, 'notFound', `Shared drive not found: ${driveId}`);
    return {
      status: 200,
      body: { kind: 'drive#startPageToken', startPageToken: String(this.seq) },
    };
  }

  /** `GET /drive/v3/changes`. */
  listChanges(query: URLSearchParams): FakeResponse {
    const token = Number(query.get('pageToken'));
    if (!query.get('pageToken') || !Number.isInteger(token) || token < 1 || token > this.seq) {
      return googleError(400, 'invalid', 'Invalid Value', {
        location: 'pageToken',
        locationType: 'parameter',
      });
    }
    const driveId = query.get('driveId');
    const allDrives = flag(query, 'includeItemsFromAllDrives');
    if (driveId && !allDrives) return needsAllDrives('includeItemsFromAllDrives');
    if (allDrives && !flag(query, 'supportsAllDrives')) return needsAllDrives('supportsAllDrives');
    const pageSize = Math.min(Number(query.get('pageSize') ?? '100'), 1000);
    const pending = [...this.changes.entries()]
      .filter(([, change]) => change.seq >= token)
      .sort(([, a], [, b]) => a.seq - b.seq)
      .map(([fileId, change]) => ({ fileId, change, file: this.files.get(fileId) }))
      .filter(({ file, change }) => change.removed || this.visible(file, driveId, allDrives));
    const page = pending.slice(0, pageSize);
    const next = pending[pageSize];
    return {
      status: 200,
      body: {
        kind: 'drive#changeList',
        ...(next
          ? { nextPageToken: String(next.change.seq) }
          : { newStartPageToken: String(this.seq) }),
        changes: page.map(({ fileId, change, file }) => ({
          kind: 'drive#change',
          changeType: 'file',
          time: change.time,
          removed: change.removed,
          fileId,
          ...(file && !change.removed
            ? { file, ...(file.driveId ? { driveId: file.driveId } : {}) }
            : {}),
        })),
      },
    };
  }

  /** `GET /drive/v3/files`. */
  listFiles(query: URLSearchParams): FakeResponse {
    const driveId = query.get('driveId');
    const allDrives = flag(query, 'includeItemsFromAllDrives');
    if (driveId && (query.get('corpora') !== 'drive' || !allDrives))
      return needsAllDrives('includeItemsFromAllDrives');
    if (allDrives && !flag(query, 'supportsAllDrives')) return needsAllDrives('supportsAllDrives');
    const filter = parseQuery(query.get('q') ?? '');
    if (!filter)
      return googleError(400, 'invalid', 'Invalid Value', {
        location: 'q',
        locationType: 'parameter',
      });
    const pageSize = Math.min(Number(query.get('pageSize') ?? '100'), 1000);
    const offset = Number(query.get('pageToken') ?? '0');
    const matching = [...this.files.values()].filter(
      (file) =>
        this.visible(file, driveId, allDrives) &&
        filter(file) &&
        (!driveId || file.driveId === driveId),
    );
    const page = matching.slice(offset, offset + pageSize);
    const more = offset + pageSize < matching.length;
    return {
      status: 200,
      body: {
        kind: 'drive#fileList',
        incompleteSearch: false,
        ...(more ? { nextPageToken: String(offset + pageSize) } : {}),
        files: page,
      },
    };
  }

  /** `GET /drive/v3/files/{id}`. */
  getFile(id: string, query: URLSearchParams): FakeResponse {
    const sharedDrive = this.sharedDrives.get(id);
    const allDrives = flag(query, 'supportsAllDrives');
    if (sharedDrive !== undefined && allDrives) {
      return {
        status: 200,
        body: {
          kind: 'drive#file',
          id,
          name: sharedDrive,
          mimeType: folderMimeType,
          parents: [],
          trashed: false,
          driveId: id,
          modifiedTime: new Date(0).toISOString(),
          webViewLink: `https://drive.google.com/drive/folders/${id}`,
        },
      };
    }
    const file = this.files.get(id);
    if (!file || (file.driveId && !allDrives)) {
      return googleError(404, 'notFound', `File not found: ${id}.`, {
        location: 'fileId',
        locationType: 'parameter',
      });
    }
    return { status: 200, body: file };
  }

  private visible(
    file: FileResource | undefined,
    driveId: string | null,
    allDrives: boolean,
  ): boolean {
    if (!file) return false;
    if (driveId) return file.driveId === driveId;
    return !file.driveId || allDrives;
  }

  private fields(
    input: FakeFileInput,
  ): Omit<FileResource, 'kind' | 'trashed' | 'modifiedTime' | 'webViewLink'> {
    return {
      id: this.newId(),
      name: input.name,
      mimeType: input.mimeType ?? 'application/vnd.google-apps.document',
      parents: [input.parentId],
      ...(input.description ? { description: input.description } : {}),
      ...(input.sizeBytes !== undefined ? { size: String(input.sizeBytes) } : {}),
      ...this.driveOf(input.parentId),
    };
  }

  private put(
    fields: Omit<FileResource, 'kind' | 'trashed' | 'modifiedTime' | 'webViewLink'>,
  ): string {
    const path = fields.mimeType === folderMimeType ? 'drive/folders' : 'file/d';
    this.files.set(fields.id, {
      kind: 'drive#file',
      trashed: false,
      modifiedTime: new Date().toISOString(),
      webViewLink: `https://docs.google.com/${path}/${fields.id}/view`,
      ...fields,
    });
    this.record(fields.id, false);
    return fields.id;
  }

  private driveOf(parentId: string): { driveId?: string } {
    if (this.sharedDrives.has(parentId)) return { driveId: parentId };
    const driveId = this.files.get(parentId)?.driveId;
    return driveId ? { driveId } : {};
  }

  private descendants(id: string): string[] {
    const children = [...this.files.values()]
      .filter((file) => file.parents[0] === id)
      .map((file) => file.id);
    return children.flatMap((child) => [child, ...this.descendants(child)]);
  }

  private record(fileId: string, removed: boolean): void {
    this.changes.set(fileId, { seq: this.seq++, removed, time: new Date().toISOString() });
  }

  private file(id: string): FileResource {
    const file = this.files.get(id);
    if (!file) throw new Error(`no file ${id} in the fake drive`);
    return file;
  }

  private newId(): string {
    return `1${randomBytes(16).toString('base64url')}`;
  }
}

function needsAllDrives(parameter: string): FakeResponse {
  return googleError(
    403,
    'teamDrivesParameterRequired',
    `The ${parameter} parameter must be set to true for shared drive items.`,
    {
      location: parameter,
      locationType: 'parameter',
    },
  );
}

/** Parses the `q` clauses the sync uses; undefined for anything else (Drive answers 400). */
function parseQuery(q: string): ((file: FileResource) => boolean) | undefined {
  if (q.trim() === '') return () => true;
  const tests: ((file: FileResource) => boolean)[] = [];
  for (const clause of q.split(/\s+and\s+/i)) {
    const parents = /^'([^']+)'\s+in\s+parents$/.exec(clause.trim());
    const trashed = /^trashed\s*=\s*(true|false)$/.exec(clause.trim());
    const mime = /^mimeType\s*(=|!=)\s*'([^']+)'$/.exec(clause.trim());
    if (parents) tests.push((file) => file.parents.includes(parents[1] ?? ''));
    else if (trashed) tests.push((file) => file.trashed === (trashed[1] === 'true'));
    else if (mime) tests.push((file) => (file.mimeType === mime[2]) === (mime[1] === '='));
    else return undefined;
  }
  return (file) => tests.every((test) => test(file));
}
