import type { DriveItem, DriveSource } from '@glokal/domain';

const maxDepth = 64;

export type Location = { inside: true; folderPath: string } | { inside: false };

/**
 * Answers "is this under the root, and under which folders?" for items of the changes feed,
 * asking the source for folders it has not seen. Holds folders only (names and parents), for
 * one sync run.
 */
export class FolderTree {
  private readonly folders = new Map<string, { name: string; parent?: string }>();

  constructor(
    private readonly source: DriveSource,
    private readonly rootId: string,
  ) {}

  remember(folder: DriveItem): void {
    const parent = folder.parents[0];
    this.folders.set(
      folder.id,
      parent === undefined ? { name: folder.name } : { name: folder.name, parent },
    );
  }

  async locate(parents: readonly string[]): Promise<Location> {
    const names: string[] = [];
    let current = parents[0];
    for (let depth = 0; current !== undefined && depth < maxDepth; depth += 1) {
      if (current === this.rootId) return { inside: true, folderPath: names.join('/') };
      const folder = await this.folder(current);
      if (!folder) return { inside: false };
      names.unshift(folder.name);
      current = folder.parent;
    }
    return { inside: false };
  }

  private async folder(id: string): Promise<{ name: string; parent?: string } | undefined> {
    const known = this.folders.get(id);
    if (known) return known;
    const item = await this.source.getItem(id);
    if (!item || !item.isFolder || item.trashed) return undefined;
    this.remember(item);
    return this.folders.get(id);
  }
}

export function joinPath(folderPath: string, name: string): string {
  return folderPath ? `${folderPath}/${name}` : name;
}
