import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { storeCases } from '../contract/store-cases';
import { loadDemoData } from './load-demo-data';

describe.each(storeCases())('loading the demo data on $name', ({ open }) => {
  const clock = fixedClock('2026-06-10T10:00:00Z');
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock });
  });
  afterAll(() => opened.close());

  it('fills an empty store that the read commands then find things in, and can be loaded again', async () => {
    expect(await opened.isEmpty()).toBe(true);
    const summary = await opened.transaction((store) =>
      loadDemoData(store, clock, 'Europe/Warsaw'),
    );
    expect(await opened.isEmpty()).toBe(false);
    const now = clock.now();
    const month = await opened.store.events.between(
      { from: now, to: new Date(now.getTime() + 30 * 86_400_000) },
      { limit: 5, offset: 0 },
    );
    expect(month.total).toBeGreaterThanOrEqual(8);
    const grants = await opened.store.grants.open({ deadlineFrom: now }, { limit: 5, offset: 0 });
    expect(grants.total).toBeGreaterThanOrEqual(10);
    expect(
      (await opened.store.documents.search('staze aveiro', { limit: 5, offset: 0 })).total,
    ).toBeGreaterThan(0);
    expect(
      (await opened.store.organisations.search({ words: 'lodz' }, { limit: 5, offset: 0 })).total,
    ).toBeGreaterThan(2);

    await loadDemoData(opened.store, clock, 'Europe/Warsaw');
    const [count] = await opened.query('select count(*)::int as n from events');
    expect(count?.['n']).toBe(summary.events);
    expect((await opened.store.audit.recent(5)).map((entry) => entry.action)).toEqual([
      'demo.load',
      'demo.load',
    ]);
  });
});
