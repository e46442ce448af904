import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { parseCommandText } from '../parse-text';
import { loadSeason } from '../testing/season.fixture';
import { replyText, requestFor, replyTo } from '../testing/request.fixture';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

async function say(line: string, userId: string, locale: 'pl' | 'en' = 'pl') {
  const parsed = parseCommandText(line);
  if (!parsed.ok) throw new Error(`not a command: ${line}`);
  return replyTo(requestFor(parsed.command, parsed.options, { userId, locale }), deps);
}

const emailOf = async (userId: string) => {
  const person = await deps.store.people.byChatIdentity({ platform: 'slack', userId });
  return person ? deps.store.people.emailOf(person.id) : undefined;
};

describe('the e-mail in settings', () => {
  it('saves an e-mail given by name, in Polish, and shows it to its owner', async () => {
    const reply = await say('ustawienia e-mail anna.nowak@sp12.example.pl', 'U-ANNA-MAIL');
    expect(reply.summary).toBe('E-mail zapisany: anna.nowak@sp12.example.pl.');
    expect(replyText(reply)).toContain('E-mail: anna.nowak@sp12.example.pl');
    expect(await emailOf('U-ANNA-MAIL')).toBe('anna.nowak@sp12.example.pl');
    const again = await say('ustawienia', 'U-ANNA-MAIL');
    expect(replyText(again)).toContain('E-mail: anna.nowak@sp12.example.pl');
  });

  it('takes an address without the setting’s name, and removes it with "remove"', async () => {
    const saved = await say('settings ana@ep-aveiro.example.pt', 'U-ANA-MAIL', 'en');
    expect(saved.summary).toBe('E-mail saved: ana@ep-aveiro.example.pt.');
    const removed = await say('settings email remove', 'U-ANA-MAIL', 'en');
    expect(removed.summary).toBe('E-mail removed.');
    expect(replyText(removed)).toContain('E-mail: not given');
    expect(await emailOf('U-ANA-MAIL')).toBeUndefined();
  });

  it('refuses what is not an address, with an example, and changes nothing', async () => {
    await say('ustawienia e-mail jan@ckz.example.pl', 'U-JAN-MAIL');
    const bad = await say('ustawienia e-mail jan(at)ckz', 'U-JAN-MAIL');
    expect(bad.tone).toBe('notice');
    expect(bad.summary).toBe(
      '„jan(at)ckz” to nie adres e-mail.\nPrzykład: /glokal ustawienia e-mail jan.kowalski@szkola.pl',
    );
    expect(await emailOf('U-JAN-MAIL')).toBe('jan@ckz.example.pl');
  });

  it('says the e-mail changed in the history, never the address', async () => {
    await say('settings email piotr@techstal.example.pl', 'U-PIOTR-MAIL', 'en');
    const entries = await test.opened.query(
      "select action, before, after from audit_log where action = 'settings.email' and actor like '%U-PIOTR-MAIL%'",
    );
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('piotr@');
    expect(entries[0]).toMatchObject({ before: { email: 'none' }, after: { email: 'given' } });
  });
});
