import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratchStore } from './scratch-store';
import type { OpenedStore } from './open-store';
import { isStoreUnreachable } from './store-unreachable';

const databaseUrl = process.env['DATABASE_URL'];
let opened: OpenedStore;

beforeAll(async () => {
  opened = await openScratchStore(databaseUrl ? { databaseUrl } : {});
});
afterAll(() => opened.close());

/** What a call rejected with. */
async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

describe('isStoreUnreachable', () => {
  it('says so of a Postgres nothing listens for', async () => {
    const error = await failureOf(() =>
      openScratchStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/glokal' }),
    );
    expect(isStoreUnreachable(error)).toBe(true);
  });

  it('says so of a connection that ended, and of Postgres shutting down', () => {
    expect(isStoreUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStoreUnreachable(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(
      true,
    );
  });

  it('does not say so of a query that failed in a store that answers', async () => {
    const error = await failureOf(() => opened.query('select * from no_such_table'));
    expect(isStoreUnreachable(error)).toBe(false);
    expect(isStoreUnreachable(new Error('something else'))).toBe(false);
    expect(isStoreUnreachable(undefined)).toBe(false);
  });
});
