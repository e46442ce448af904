import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterDocument, ClusterEvent, GrantCall, Organisation, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from './create-test-store';
import { fillCatalogue } from './fill-catalogue';

describe('fillCatalogue', () => {
  const clock = fixedClock('2026-06-12T08:00:00Z');
  let test: TestStore;
  beforeAll(async () => {
    test = await createTestStore({ clock });
  });
  afterAll(() => test.close());

  it('writes valid entities in the sizes asked for, with events around now', async () => {
    const sizes = { events: 300, grants: 50, documents: 120, organisations: 40 };
    expect(await fillCatalogue(test.store, sizes, clock, { batchSize: 64 })).toEqual(sizes);
    const now = clock.now();
    const month = await test.store.events.between(
      { from: now, to: new Date(now.getTime() + 30 * 86_400_000) },
      { limit: 500, offset: 0 },
    );
    expect(month.total).toBeGreaterThan(5);
    month.items.forEach((event) => ClusterEvent.parse(event));
    const grants = await test.store.grants.open({ deadlineFrom: now }, { limit: 100, offset: 0 });
    expect(grants.total).toBeGreaterThan(20);
    grants.items.forEach((call) => GrantCall.parse(call));
    const documents = await test.store.documents.search('', { limit: 200, offset: 0 });
    expect(documents.total).toBe(120);
    documents.items.forEach((document) => ClusterDocument.parse(document));
    const organisations = await test.store.organisations.search({}, { limit: 100, offset: 0 });
    expect(organisations.total).toBe(40);
    organisations.items.forEach((organisation) => Organisation.parse(organisation));
  });
});
