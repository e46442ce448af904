import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@glokal/config';
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
    expect(detail).toContain("[1] I'm going  [2] Maybe  [3] Not going");
    const going = await session.handle('1');
    expect(going).toContain('Done: you are going to “Warsztaty robotyki dla nauczycieli”.');
    expect(going).toContain('Going 1 · Maybe 0 · Not going 0');
    expect(await session.handle('7')).toBe('There is no button 7. The last reply has buttons 1–3.');
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

describe('console session when a line fails', () => {
  /** A store that was closed under the session, as when the database goes away. */
  let gone: TestStore;
  beforeAll(async () => {
    gone = await createTestStore();
    await gone.close();
  });

  it('apologises in the person language, logs the error, and answers the next lines once the store is back', async () => {
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    const live: ChatDeps = { ...deps, store: gone.store };
    const session = createConsoleSession(
      { platform: 'slack', userId: 'U-GONE', coordinator: false, locale: 'en', defaults },
      live,
      createLogger({ level: 'error', name: 'console' }, sink),
    );
    const apology =
      'Something went wrong on our side and I cannot answer this command. Try again, or type another command.';
    expect(await session.handle('events')).toBe(apology);
    expect(await session.handle('grants')).toBe(apology);
    expect(logged).toHaveLength(2);
    const entry = JSON.parse(logged[0] ?? '{}') as { msg?: string; line?: string; err?: object };
    expect(entry).toMatchObject({ msg: 'console line failed', line: 'events' });
    expect(entry.err).toHaveProperty('stack');
    live.store = deps.store;
    expect(await session.handle('events 2026-06-16')).toContain('== Events ==');
  });

  it('apologises in Polish by default', async () => {
    const session = createConsoleSession(
      { platform: 'discord', userId: 'U-GONE-PL', coordinator: false, defaults },
      { ...deps, store: gone.store },
    );
    expect(await session.handle('wydarzenia')).toContain('Coś poszło nie tak po naszej stronie');
    expect(await session.handle('koniec')).toBeUndefined();
  });
});

describe('forms at the console', () => {
  const coordinator = (userId: string, locale: 'pl' | 'en' = 'en') =>
    createConsoleSession({ platform: 'slack', userId, coordinator: true, locale, defaults }, deps);

  /** Answers a form line by line; returns everything printed, in order. */
  async function fill(
    session: ReturnType<typeof createConsoleSession>,
    lines: readonly string[],
  ): Promise<string[]> {
    const printed: string[] = [];
    for (const line of lines) printed.push((await session.handle(line)) ?? '');
    return printed;
  }

  /** The twelve fields of a new call, in the form's order, as typed. */
  const newCall = (deadline: string, code: string) => [
    'Erasmus+ KA2',
    'Partnerships for innovation in VET',
    deadline,
    '', // zone: keep Europe/Brussels
    '', // url: skip
    code,
    '', // opens on
    '', // internal deadline
    'up to €400,000',
    '', // status: keep open
    '', // lead
    '', // description
  ];

  it('asks grant add field by field, with hints, choices and current values, then stores the call', async () => {
    const session = coordinator('U-F1');
    const start = await session.handle('grant add');
    expect(start).toContain('== New grant call ==');
    expect(start).toContain('“.cancel” stops without saving');
    expect(start?.split('\n').at(-1)).toBe('Programme:');
    const printed = await fill(session, newCall('2026-10-15 12:00', 'KA220-VET-C'));
    expect(printed[2]).toContain('EU calls close at 12:00 or 17:00 Brussels time');
    expect(printed[2]).toContain("Deadline's time zone [Europe/Brussels]:");
    expect(printed[3]).toBe('Call page (optional):');
    expect(printed[8]).toContain('Choose: Announced, Open,');
    expect(printed[8]).toContain('Status [Open]:');
    expect(printed.at(-1)).toContain('Added the call “Partnerships for innovation in VET”.');
    expect(session.filling).toBe(false);
    expect(await deps.store.grants.byId('ka220-vet-c')).toMatchObject({
      programme: 'Erasmus+ KA2',
      deadline: { local: '2026-10-15T12:00', timeZone: 'Europe/Brussels' },
      funding: 'up to €400,000',
      status: 'open',
    });
    const [audit] = await deps.store.audit.recent(1);
    expect(audit).toMatchObject({ action: 'grant.add', subject: 'ka220-vet-c', platform: 'slack' });
  });

  it.each([
    ['en', 'does not exist in that zone: the clocks go forward', 'Give again:'],
    ['pl', 'nie istnieje w tej strefie: tej nocy zegar przeskakuje', 'Podaj ponownie:'],
  ] as const)(
    'asks a deadline in the spring DST gap again with its error in %s, and stores only the corrected call',
    async (locale, error, again) => {
      const session = coordinator(`U-F2-${locale}`, locale);
      await session.handle('grant add');
      const code = `KA220-DST-${locale}`;
      const printed = await fill(session, newCall('2027-03-28 02:30', code));
      const problem = printed.at(-1) ?? '';
      expect(problem).toContain(error);
      expect(problem).toContain(again);
      expect(problem.split('\n').at(-1)).toMatch(/\[2027-03-28 02:30\]:$/);
      expect(session.filling).toBe(true);
      const id = code.toLowerCase();
      expect(await deps.store.grants.byId(id)).toBeUndefined();
      const done = await session.handle('2027-03-29 12:00');
      expect(done).toContain(locale === 'en' ? 'Added the call' : 'Dodano nabór');
      expect(await deps.store.grants.byId(id)).toMatchObject({
        deadline: { local: '2027-03-29T12:00', timeZone: 'Europe/Brussels' },
      });
    },
  );

  it('stops without writing on .cancel, and the next line is a command again', async () => {
    const session = coordinator('U-F3');
    const before = (await deps.store.audit.recent(100)).length;
    await session.handle('grant add');
    await fill(session, ['Erasmus+ KA2', 'Cancelled call']);
    expect(await session.handle('.cancel')).toBe('Stopped: nothing was saved.');
    expect(session.filling).toBe(false);
    expect((await deps.store.audit.recent(100)).length).toBe(before);
    expect(await session.handle('grants')).toContain('== Grant calls ==');
  });

  it('edits a call from its Edit button: empty lines keep, “-” clears an optional field', async () => {
    const session = coordinator('U-F4');
    await session.handle('grant add');
    await fill(session, newCall('2026-11-20 17:00', 'KA220-EDIT'));
    const detail = await session.handle('grant ka220-edit');
    const edit = /\[(\d+)\] Edit/.exec(detail ?? '')?.[1];
    expect(edit).toBeDefined();
    const first = await session.handle(edit ?? '');
    expect(first).toContain('== Change the call ==');
    expect(first?.split('\n').at(-1)).toBe('Programme [Erasmus+ KA2]:');
    const lines = ['', 'Renamed call', '', '', '', '', '', '', '-', '', '', ''];
    const printed = await fill(session, lines);
    expect(printed[7]).toContain('Funding (optional) [up to €400,000]:');
    expect(printed.at(-1)).toContain('Saved the changes to “Renamed call”.');
    const call = await deps.store.grants.byId('ka220-edit');
    expect(call).toMatchObject({
      title: 'Renamed call',
      callCode: 'KA220-EDIT',
      deadline: { local: '2026-11-20T17:00' },
    });
    expect(call?.funding).toBeUndefined();
  });

  it('imports a CSV file named by its path, and asks again for a file it cannot read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glokal-console-import-'));
    try {
      const path = join(dir, 'calls.csv');
      await writeFile(
        path,
        'id;programme;title;deadline;deadline_time_zone\n' +
          'cerv-console;CERV;Town twinning;2026-09-20 17:00;Europe/Brussels\n',
      );
      const session = coordinator('U-F6');
      const start = await session.handle('import grants');
      expect(start).toContain('What you import [Grant calls]:');
      expect(await session.handle('')).toContain('CSV file:');
      const missing = await session.handle(join(dir, 'missing.csv'));
      expect(missing).toContain('I cannot read the file “');
      expect(missing?.split('\n').at(-1)).toBe('CSV file:');
      expect(await session.handle(path)).toContain('Imported 1 grant call from calls.csv.');
      expect(await deps.store.grants.byId('cerv-console')).toMatchObject({ programme: 'CERV' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses grant add to a plain member without asking anything', async () => {
    const session = createConsoleSession(
      { platform: 'slack', userId: 'U-F5', coordinator: false, locale: 'en', defaults },
      deps,
    );
    expect(await session.handle('grant add')).toContain('! Coordinators only');
    expect(session.filling).toBe(false);
  });
});
