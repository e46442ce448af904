import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from './command';
import { parseCommandText } from './parse-text';
import { loadSeason } from './testing/season.fixture';
import { replyTo, requestFor } from './testing/request.fixture';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

async function titles(text: string): Promise<string[]> {
  const parsed = parseCommandText(text);
  if (!parsed.ok) throw new Error(`not a command: ${text}`);
  const reply = await replyTo(requestFor(parsed.command, parsed.options, { locale: 'en' }), deps);
  return reply.items.map((item) => item.title);
}

describe('searching in either language', () => {
  it('finds partners by an English word for a Polish specialisation, and the other way round', async () => {
    expect(await titles('partners robotics PT')).toEqual(await titles('partners robotyka PT'));
    expect(await titles('partners robotics PT')).toEqual(['Escola Profissional de Lisboa']);
  });
});
