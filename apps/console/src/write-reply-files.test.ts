import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDeps } from '@glokal/chat';
import { loadSeason } from '@glokal/chat/testing';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createConsoleSession } from './console-session';

let test: TestStore;
let deps: ChatDeps;
let dir: string;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
  dir = await mkdtemp(join(tmpdir(), 'glokal-console-files-'));
});
afterAll(async () => {
  await test.close();
  await rm(dir, { recursive: true, force: true });
});

const defaults = { locale: 'pl' as const, timeZone: 'Europe/Warsaw' };

describe('files a reply carries, at the console', () => {
  it('writes the attendance CSV into the directory, says where, and never overwrites an earlier one', async () => {
    const member = createConsoleSession(
      { platform: 'slack', userId: 'U-GOING', coordinator: false, defaults },
      deps,
    );
    await member.handle('wydarzenie e-robotics');
    expect(await member.handle('1')).toContain('Zapisano: idziesz');

    const coordinator = createConsoleSession(
      { platform: 'slack', userId: 'U-COORD', coordinator: true, defaults, filesDir: dir },
      deps,
    );
    const detail = await coordinator.handle('wydarzenie e-robotics');
    expect(detail).toContain('[4] Uczestnicy');
    const list = await coordinator.handle('4');
    expect(list).toContain('== Uczestnicy: Warsztaty robotyki dla nauczycieli ==');
    expect(list).toContain('• Console U-GOING');
    expect(list).toContain('[1] Eksportuj CSV');

    const first = await coordinator.handle('1');
    const path = join(dir, 'uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv');
    expect(first).toContain(
      'W pliku uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv jest 1 osoba.',
    );
    expect(first).toContain(`Zapisano plik: ${path}`);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\nConsole U-GOING,,Slack,going,');

    // The export's reply has the way back to the list; export again from there.
    await coordinator.handle('1');
    const again = await coordinator.handle('1');
    expect(again).toContain(
      `Zapisano plik: ${join(dir, 'uczestnicy-warsztaty-robotyki-dla-nauczycieli-2.csv')}`,
    );
    expect((await readdir(dir)).sort()).toEqual([
      'uczestnicy-warsztaty-robotyki-dla-nauczycieli-2.csv',
      'uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv',
    ]);
  });

  it('shows a member no Attendees button', async () => {
    const member = createConsoleSession(
      { platform: 'slack', userId: 'U-PLAIN', coordinator: false, defaults, filesDir: dir },
      deps,
    );
    const detail = await member.handle('wydarzenie e-robotics');
    expect(detail).not.toContain('Uczestnicy');
  });
});
