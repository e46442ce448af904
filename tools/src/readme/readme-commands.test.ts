import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isFormOpening,
  noJobs,
  parseCommandText,
  runCommand,
  type ChatDeps,
  type Reply,
} from '@glokal/chat';
import { fixedClock } from '@glokal/domain';
import { demoCluster } from '@glokal/domain/demo';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { readmeCommands } from './readme-commands';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const commands = readmeCommands(readme);

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  const clock = fixedClock(new Date('2026-06-12T08:00:00Z'));
  const demo = demoCluster(clock, 'Europe/Warsaw');
  await test.store.organisations.upsert(demo.organisations);
  await test.store.events.upsert(demo.events);
  await test.store.grants.upsert(demo.grantCalls);
  await test.store.documents.upsert(demo.documents);
  deps = { store: test.store, clock, clusterTimeZone: 'Europe/Warsaw', jobs: noJobs };
  // The reader follows the first open call, as someone trying `grants mine` would have.
  const reader = await test.store.people.ensure(
    { platform: 'slack', userId: 'U-README' },
    'Readme Reader',
  );
  const [first] = (
    await test.store.grants.open({ deadlineFrom: clock.now() }, { limit: 1, offset: 0 })
  ).items;
  if (first) await test.store.follows.set(reader.id, first.id, true);
});
afterAll(async () => test.close());

function text(reply: Reply): string {
  return [reply.title, reply.summary ?? '', ...reply.items.map((item) => item.title)].join('\n');
}

describe('the README', () => {
  it('shows chat commands', () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  for (const command of commands) {
    it(`${command} works as shown, on the demo season`, async () => {
      const parsed = parseCommandText(command);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const answer = await runCommand(
        {
          requester: {
            platform: 'slack',
            userId: 'U-README',
            displayName: 'Readme Reader',
            isCoordinator: true,
          },
          conversation: { workspaceId: 'T-README', channelId: 'C-README' },
          locale: /[ąćęłńóśźż]|wydarzenia|pomoc|ustawienia/i.test(command) ? 'pl' : 'en',
          timeZone: 'Europe/Warsaw',
          command: parsed.command,
          options: parsed.options,
          page: 1,
        },
        deps,
      );
      if (isFormOpening(answer)) return;
      expect({ command, tone: answer.tone, text: text(answer) }).toMatchObject({ tone: 'normal' });
      const isList = !['help', 'settings', 'subscribe', 'unsubscribe', 'history'].includes(
        parsed.command,
      );
      if (isList)
        expect({ command, items: answer.items.length }).not.toEqual({ command, items: 0 });
    });
  }
});
