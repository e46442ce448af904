import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantCall, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';
import { composeDelivery } from './compose-delivery';

let testStore: TestStore;
let deps: ChatDeps;

const ka220 = GrantCall.parse({
  id: 'erasmus-ka220-sch-2027',
  programme: 'Erasmus+',
  callCode: 'KA220-SCH',
  title: 'Partnerstwa współpracy w edukacji szkolnej',
  url: 'https://erasmus-plus.ec.europa.eu/',
  deadline: { local: '2027-03-19T12:00', timeZone: 'Europe/Brussels' },
});

beforeAll(async () => {
  testStore = await createTestStore();
  deps = {
    store: testStore.store,
    clock: fixedClock('2027-02-01T10:00:00Z'),
    clusterTimeZone: 'Europe/Warsaw',
    jobs: noJobs,
  };
  await deps.store.grants.upsert([ka220, { ...ka220, id: 'cancelled-call', status: 'cancelled' }]);
});
afterAll(() => testStore.close());

describe('grant call announcements', () => {
  it('announces a new call with its programme, deadline and a follow button', async () => {
    const reply = await composeDelivery(
      { type: 'grant-announcement', grantId: ka220.id, change: 'added' },
      'pl',
      deps,
    );
    expect(reply?.title).toBe('Nowy nabór: Erasmus+');
    expect(reply?.items[0]?.title).toBe(ka220.title);
    expect(JSON.stringify(reply?.items[0]?.fields)).toContain('KA220-SCH');
    expect(reply?.items[0]?.actions.map((action) => action.label)).toContain('Obserwuj');
  });

  it('says from which deadline to which one an extension moved it, in the reader’s zone', async () => {
    const reply = await composeDelivery(
      {
        type: 'grant-announcement',
        grantId: ka220.id,
        change: 'extended',
        extension: {
          from: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
          to: { local: '2027-03-19T12:00', timeZone: 'Europe/Brussels' },
        },
      },
      'en',
      deps,
    );
    expect(reply?.title).toBe(`Deadline extended: ${ka220.title}`);
    expect(reply?.summary).toBe(
      'The deadline was extended from Fri, 5 Mar 2027, 12:00 to Fri, 19 Mar 2027, 12:00.',
    );
  });

  it('tells a follower in their own zone, with Unfollow instead of Follow', async () => {
    const reply = await composeDelivery(
      {
        type: 'grant-announcement',
        grantId: ka220.id,
        change: 'extended',
        extension: {
          from: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
          to: { local: '2027-03-19T12:00', timeZone: 'Europe/Brussels' },
        },
        follower: { viewerZone: 'Europe/Lisbon' },
      },
      'en',
      deps,
    );
    expect(reply?.summary).toBe(
      'The deadline was extended from Fri, 5 Mar 2027, 11:00 to Fri, 19 Mar 2027, 11:00.',
    );
    expect(reply?.items[0]?.actions.map((action) => action.label)).toContain('Unfollow');
  });

  it('names only the new deadline when the extension did not say the old one', async () => {
    const reply = await composeDelivery(
      { type: 'grant-announcement', grantId: ka220.id, change: 'extended' },
      'pl',
      deps,
    );
    expect(reply?.summary).toMatch(/^Termin przedłużono do .*19.*2027/);
  });

  it('announces nothing for a call removed or cancelled since', async () => {
    for (const grantId of ['nope', 'cancelled-call'])
      expect(
        await composeDelivery({ type: 'grant-announcement', grantId, change: 'added' }, 'en', deps),
      ).toBeUndefined();
  });
});
