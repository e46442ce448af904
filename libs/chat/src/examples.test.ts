import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, fixedClock, locales } from '@glokal/domain';
import { runCommand } from './run-command';
import { isFormOpening, localisedForm } from './forms';
import { demoCluster } from '@glokal/domain/demo';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from './command';
import { noJobs } from './jobs';
import { catalogue } from './catalogue';
import { describeCommand } from './describe-command';
import { parseCommandText } from './parse-text';
import { replyText, requestFor } from './testing/request.fixture';

const now = new Date('2026-06-12T08:00:00Z');
let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  const clock = fixedClock(now);
  const demo = demoCluster(clock, 'Europe/Warsaw');
  await test.store.organisations.upsert(demo.organisations);
  await test.store.events.upsert(demo.events);
  await test.store.grants.upsert(demo.grantCalls);
  await test.store.documents.upsert(demo.documents);
  deps = { store: test.store, clock, clusterTimeZone: 'Europe/Warsaw', jobs: noJobs };
});

/** So that `unsubscribe <topic>` has something to take away in the example channel. */
async function subscribeEverything(): Promise<void> {
  await test.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T-CLUSTER', channelId: 'C-GENERAL', locale: 'pl' },
    ['events', 'grants', 'docs', 'digest'],
  );
}
afterAll(async () => test.close());

describe('the example of every command', () => {
  for (const command of catalogue) {
    for (const locale of locales) {
      it(`works on the demo season: ${command.name} in ${locale}`, async () => {
        const example = describeCommand(command, locale).example;
        const parsed = parseCommandText(example);
        expect(parsed).toMatchObject({ ok: true, command: command.name });
        if (!parsed.ok) return;
        await subscribeEverything();
        const answer = await runCommand(
          requestFor(parsed.command, parsed.options, {
            locale,
            coordinator: true,
            userId: `U-EXAMPLE-${locale}`,
          }),
          deps,
        );
        if (isFormOpening(answer)) {
          // A command that opens a form: the form is whole and every field has words.
          const form = localisedForm(answer, createTranslator(locale, 'Europe/Warsaw'));
          expect(form.sections.flat().length).toBeGreaterThan(0);
          for (const field of form.sections.flat()) expect(field.label).not.toContain(':');
          return;
        }
        const reply = answer;
        expect({ example, tone: reply.tone, text: replyText(reply) }).toMatchObject({
          tone: 'normal',
        });
        expect(reply.items.length + (reply.summary ? 1 : 0)).toBeGreaterThan(0);
      });
    }
  }

  it('answers each command in the language asked for', async () => {
    for (const command of catalogue) {
      await subscribeEverything();
      const [pl, en] = await Promise.all(
        locales.map((locale) => {
          const parsed = parseCommandText(describeCommand(command, 'en').example);
          if (!parsed.ok) throw new Error(`bad example of ${command.name}`);
          return runCommand(
            requestFor(parsed.command, parsed.options, {
              locale,
              coordinator: true,
              userId: 'U-LANG',
            }),
            deps,
          );
        }),
      );
      if (!pl || !en) throw new Error('no reply');
      if (isFormOpening(pl) || isFormOpening(en)) {
        if (!isFormOpening(pl) || !isFormOpening(en))
          throw new Error('a form in one language only');
        const [formPl, formEn] = [pl, en].map((form, index) =>
          localisedForm(form, createTranslator(locales[index]!, 'UTC')),
        );
        expect(formPl?.title).not.toBe(formEn?.title);
        continue;
      }
      expect({ command: command.name, text: replyText(pl) }).not.toEqual({
        command: command.name,
        text: replyText(en),
      });
    }
  });
});
