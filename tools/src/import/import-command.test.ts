import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { DataDirInUse } from '@glokal/store';
import { runImport } from './import-command';

describe('npm run import', () => {
  let test: TestStore;
  beforeAll(async () => {
    test = await createTestStore();
  });
  afterAll(() => test.close());

  async function importFiles(args: string[], files: Record<string, string>) {
    const lines: string[] = [];
    const code = await runImport(args, {
      readText: async (path) => {
        const text = files[path];
        if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
        return text;
      },
      open: async () => ({ ...test.opened, close: async () => undefined }),
      clock: fixedClock('2026-06-10T10:00:00Z'),
      actor: 'cli:tester',
      print: (line) => lines.push(line),
    });
    return { code, output: lines.join('\n') };
  }

  const count = async (table: string) =>
    (await test.opened.query(`select count(*)::int as n from ${table}`))[0]?.['n'];

  it('imports nothing from a file with one bad row, and lists the problem by line', async () => {
    const file =
      '\uFEFFid;name;kind;city;country\n' +
      'zsz2-lodz;Zespół Szkół Zawodowych nr 2 w Łodzi;school;Łódź;PL\n' +
      'ckz;Centrum Kształcenia Zawodowego;vocational_center;Wrocław;PL\n' +
      'fundacja;Fundacja „Klucz”;ngo;Lublin;PL\n';
    const result = await importFiles(['members', 'data/members.csv'], { 'data/members.csv': file });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /^members\.csv: 1 problem; nothing was imported\.\n {2}line 3: kind: /,
    );
    expect(await count('organisations')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('imports a good members file in one go and records it in the audit log', async () => {
    const file =
      'id,name,kind,membership,city,region,country,specialisations\n' +
      'zsz2-lodz,Zespół Szkół Zawodowych nr 2 w Łodzi,school,member,Łódź,łódzkie,PL,mechatronika|automatyka\n' +
      'ep-aveiro,Escola Profissional de Aveiro,vocational_centre,partner,Aveiro,,PT,turystyka\n';
    const result = await importFiles(['members', 'members.csv'], { 'members.csv': file });
    expect(result).toEqual({
      code: 0,
      output: expect.stringMatching(
        /^Imported 2 members from members\.csv into the (pglite|postgres) store\.$/,
      ),
    });
    const partners = await test.store.organisations.search(
      { specialisation: 'turystyka', membership: 'partner' },
      { limit: 5, offset: 0 },
    );
    expect(partners.items.map((organisation) => organisation.id)).toEqual(['ep-aveiro']);
    expect(await test.store.audit.recent(1)).toEqual([
      {
        actor: 'cli:tester',
        platform: 'import',
        action: 'import.members',
        subject: 'members.csv',
        detail: { rows: 2 },
        at: new Date('2026-06-10T10:00:00Z'),
      },
    ]);
  });

  it('imports grant calls, whose deadlines the store then orders by instant', async () => {
    const file =
      'id;programme;title;deadline;deadline_time_zone\n' +
      'cerv-tt;CERV;Town twinning;2026-09-20 17:00;Europe/Brussels\n' +
      'ka220;Erasmus+ KA2;Partnerstwa współpracy;2026-09-20 12:00;Europe/Brussels\n';
    expect((await importFiles(['grants', 'grants.csv'], { 'grants.csv': file })).code).toBe(0);
    const open = await test.store.grants.open(
      { deadlineFrom: new Date('2026-06-10T00:00:00Z') },
      { limit: 5, offset: 0 },
    );
    expect(open.items.map((call) => call.id)).toEqual(['ka220', 'cerv-tt']);
    // The worker hears of each new call, as from a form, so its reminders get planned.
    expect((await test.store.outbox.pending(10)).map((entry) => entry.message)).toEqual([
      { type: 'grant-call-changed', grantId: 'cerv-tt', change: 'added' },
      { type: 'grant-call-changed', grantId: 'ka220', change: 'added' },
    ]);
    const moved = file.replace('2026-09-20 17:00', '2026-09-27 17:00');
    expect((await importFiles(['grants', 'grants.csv'], { 'grants.csv': moved })).code).toBe(0);
    expect((await test.store.outbox.pending(10)).map((entry) => entry.message)).toContainEqual({
      type: 'grant-call-changed',
      grantId: 'cerv-tt',
      change: 'extended',
      previousDeadline: { local: '2026-09-20T17:00', timeZone: 'Europe/Brussels' },
    });
  });

  it('points to the chat import when a running Glokal holds the embedded database', async () => {
    const lines: string[] = [];
    const code = await runImport(['grants', 'grants.csv'], {
      readText: async () =>
        'id;programme;title;deadline;deadline_time_zone\nx;P;T;2026-09-20 17:00;Europe/Brussels\n',
      open: async () => {
        throw new DataDirInUse('/srv/glokal/data', 4242);
      },
      clock: fixedClock('2026-06-10T10:00:00Z'),
      actor: 'cli:tester',
      print: (line) => lines.push(line),
    });
    expect(code).toBe(3);
    expect(lines).toEqual([
      'A running Glokal (process 4242) holds the embedded database in /srv/glokal/data: send the file to it from chat instead, as a coordinator: /glokal import grants with the file attached.',
    ]);
  });

  it('prints the usage for a wrong command and says when the file cannot be read', async () => {
    expect(await importFiles(['events', 'x.csv'], {})).toMatchObject({
      code: 2,
      output: expect.stringContaining('Usage'),
    });
    expect(await importFiles(['members'], {})).toMatchObject({ code: 2 });
    expect(await importFiles(['grants', 'missing.csv'], {})).toMatchObject({
      code: 2,
      output: expect.stringContaining('Cannot read missing.csv'),
    });
  });
});
