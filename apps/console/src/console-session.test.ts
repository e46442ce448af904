import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDeps } from '@glokal/chat';
import { loadSeason } from '@glokal/chat/testing';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createConsoleSession } from './console-session';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

const defaults = { locale: 'pl' as const, timeZone: 'Europe/Warsaw' };

describe('console session', () => {
  it('answers lines with or without /glokal, in the default language', async () => {
    const session = createConsoleSession(
      { platform: 'slack', userId: 'U-C1', coordinator: false, defaults },
      deps,
    );
    const withPrefix = await session.handle('/glokal wydarzenia jutro');
    const without = await session.handle('wydarzenia jutro');
    expect(withPrefix).toBe(without);
    expect(withPrefix).toContain('== Wydarzenia ==');
  });

  it('presses numbered buttons: More, then I am going', async () => {
    const session = createConsoleSession(
      { platform: 'discord', userId: 'U-C2', coordinator: false, locale: 'en', defaults },
      deps,
    );
    const list = await session.handle('events 2026-06-16');
    expect(list).toContain('[1] More');
    const detail = await session.handle('1');
    expect(detail).toContain('• Warsztaty robotyki dla nauczycieli');
    expect(detail).toContain("[1] I'm going");
    const going = await session.handle('1');
    expect(going).toContain('Done: you are going to “Warsztaty robotyki dla nauczycieli”.');
    expect(going).toContain('1 person going');
    expect(await session.handle('7')).toBe('There is no button 7. The last reply has buttons 1–1.');
  });

  it('switches to English after settings language en, for the next lines too', async () => {
    const session = createConsoleSession(
      { platform: 'slack', userId: 'U-C3', coordinator: false, defaults },
      deps,
    );
    expect(await session.greeting()).toContain('język: pl');
    const changed = await session.handle('ustawienia język en');
    expect(changed).toContain('Language changed to English.');
    expect(await session.handle('wydarzenia jutro')).toContain('== Events ==');
  });

  it('lets a coordinator subscribe the console channel and refuses a member', async () => {
    const member = createConsoleSession(
      { platform: 'slack', userId: 'U-C4', coordinator: false, defaults },
      deps,
    );
    expect(await member.handle('subskrybuj granty')).toContain('! Tylko dla koordynatorów');
    const coordinator = createConsoleSession(
      { platform: 'slack', userId: 'U-C5', coordinator: true, defaults },
      deps,
    );
    expect(await coordinator.handle('subskrybuj granty')).toContain(
      'Ten kanał dostaje teraz: granty (po polsku).',
    );
  });

  it('ends on quit or koniec, and skips empty lines', async () => {
    const session = createConsoleSession(
      { platform: 'slack', userId: 'U-C6', coordinator: false, defaults },
      deps,
    );
    expect(await session.handle('   ')).toBe('');
    expect(await session.handle('koniec')).toBeUndefined();
    expect(await session.handle('quit')).toBeUndefined();
  });
});
