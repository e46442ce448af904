import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type Member, type SlackHarness } from './test-support/slack-harness';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

/** A member of the fake workspace whose Slack profile carries `email`. */
function member(id: string, name: string, email: string): Member {
  const added = { id, name, realName: name, locale: 'pl-PL', tz: 'Europe/Warsaw', email };
  harness.slack.addUser(added);
  return added;
}

/** Opens the Home tab as `who` (which stores them) and waits until they are stored. */
async function seenOnHome(who: Member) {
  await harness.homeOpened(who);
  const deadline = Date.now() + 15_000;
  while (!(await harness.store.people.byChatIdentity({ platform: 'slack', userId: who.id }))) {
    if (Date.now() > deadline) throw new Error(`${who.id} not stored within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const emailOf = async (who: Member) => {
  const person = await harness.store.people.byChatIdentity({ platform: 'slack', userId: who.id });
  return person ? harness.store.people.emailOf(person.id) : 'no person';
};

describe('the Slack profile e-mail', () => {
  it('is stored for a person Glokal knows who gave none, so meeting invitations reach them', async () => {
    const ola = member('U0OLA', 'ola', 'ola@sp12.example.pl');
    await seenOnHome(ola);
    await harness.command('wydarzenia', ola);
    expect(await emailOf(ola)).toBe('ola@sp12.example.pl');
    expect(
      await harness.store.people.emailsOf('slack', [ola.id]).then((found) => found.get(ola.id)),
    ).toBe('ola@sp12.example.pl');
  });

  it('never replaces the e-mail a person gave Glokal themselves', async () => {
    const piotr = member('U0PIOTR', 'piotr', 'piotr@slack.example.pl');
    const person = await harness.store.people.ensure(
      { platform: 'slack', userId: piotr.id },
      'Piotr',
    );
    await harness.store.people.setEmail(person.id, 'piotr@szkola.example.pl');
    await harness.command('wydarzenia', piotr);
    expect(await emailOf(piotr)).toBe('piotr@szkola.example.pl');
  });

  it('is not taken for someone Glokal has not stored (a read command stores no one)', async () => {
    const ewa = member('U0EWA', 'ewa', 'ewa@ckziu.example.pl');
    await harness.command('wydarzenia', ewa);
    expect(await emailOf(ewa)).toBe('no person');
  });

  it('is not there without the users:read.email scope, and nothing is stored', async () => {
    harness.slack.world.scopes.delete('users:read.email');
    try {
      const jan = member('U0JAN', 'jan', 'jan@ckziu.example.pl');
      await harness.store.people.ensure({ platform: 'slack', userId: jan.id }, 'Jan');
      await harness.command('wydarzenia', jan);
      expect(await emailOf(jan)).toBeUndefined();
    } finally {
      harness.slack.world.scopes.add('users:read.email');
    }
  });
});
