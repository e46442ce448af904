import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';

describe.each(storeCases())('personal feed tokens on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock: fixedClock('2026-06-01T08:00:00Z') });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('makes a token the first time, keeps it, and finds the person by it', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const ola = await opened.store.people.ensure({ platform: 'discord', userId: '42' }, 'Ola');
    const token = await opened.store.feedTokens.forPerson(anna.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await opened.store.feedTokens.forPerson(anna.id)).toBe(token);
    expect(await opened.store.feedTokens.forPerson(ola.id)).not.toBe(token);
    expect(await opened.store.feedTokens.personOf(token)).toBe(anna.id);
    expect(await opened.store.feedTokens.personOf('not-a-token')).toBeUndefined();
    expect(await opened.store.feedTokens.personOf('')).toBeUndefined();
  });

  it('renews a token: the new one finds the person, the old one nobody', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const old = await opened.store.feedTokens.forPerson(anna.id);
    const renewed = await opened.store.feedTokens.renew(anna.id);
    expect(renewed).not.toBe(old);
    expect(await opened.store.feedTokens.personOf(renewed)).toBe(anna.id);
    expect(await opened.store.feedTokens.personOf(old)).toBeUndefined();
    expect(await opened.store.feedTokens.forPerson(anna.id)).toBe(renewed);
  });
});
