import { describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import { createTestStore } from '@glokal/testing/store';
import { runSeed, type SeedDeps } from './seed-command';

async function seedWith(args: string[], prepare?: (deps: SeedDeps) => Promise<void>) {
  const test = await createTestStore();
  const lines: string[] = [];
  let closed = false;
  const deps: SeedDeps = {
    open: async () => ({ ...test.opened, close: async () => void (closed = true) }),
    where: 'memory',
    clock: fixedClock('2026-06-10T10:00:00Z'),
    clusterTimeZone: 'Europe/Warsaw',
    print: (line) => lines.push(line),
  };
  try {
    await prepare?.(deps);
    const code = await runSeed(args, deps);
    const [events] = await test.opened.query('select count(*)::int as n from events');
    return { code, output: lines.join('\n'), events: events?.['n'], closed };
  } finally {
    await test.close();
  }
}

describe('npm run seed', () => {
  it('prints the usage and exits 2 without --demo', async () => {
    const result = await seedWith([]);
    expect(result).toMatchObject({ code: 2, events: 0 });
    expect(result.output).toContain('npm run seed -- --demo');
  });

  it('refuses an unknown argument', async () => {
    expect(await seedWith(['--demo', '--everything'])).toMatchObject({ code: 2, events: 0 });
  });

  it('loads the demo data into an empty store and says what it loaded', async () => {
    const result = await seedWith(['--demo']);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(
      /^Loaded the demo data into the (pglite|postgres) store at memory: 18 organisations, \d+ events, 13 grant calls, 16 documents/,
    );
    expect(result.events).toBeGreaterThan(20);
    expect(result.closed).toBe(true);
  });

  it('leaves a store that already has data alone unless forced', async () => {
    const addOne = async (deps: SeedDeps) => {
      const opened = await deps.open();
      await opened.store.organisations.upsert([
        {
          id: 'real',
          name: 'Prawdziwa Szkoła',
          kind: 'school',
          membership: 'member',
          city: 'Opole',
          country: 'PL',
          specialisations: [],
          languages: [],
          contact: {},
        },
      ]);
    };
    const refused = await seedWith(['--demo'], addOne);
    expect(refused).toMatchObject({ code: 1, events: 0 });
    expect(refused.output).toContain('already has data');
    expect(await seedWith(['--demo', '--force'], addOne)).toMatchObject({ code: 0 });
  });
});
