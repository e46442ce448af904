import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { Locale } from '@glokal/domain';
import type { ChatDeps } from '../../command';
import { runCommand } from '../../run-command';
import { loadSeason } from '../../testing/season.fixture';
import { asReply, requestFor } from '../../testing/request.fixture';
import { isFormOpening } from '../form';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

const good =
  'id;programme;title;deadline;deadline_time_zone\n' +
  'cerv-tt;CERV;Town twinning;2026-09-20 17:00;Europe/Brussels\n';
const bad =
  'id;programme;title;deadline;deadline_time_zone\n' +
  'cerv-ok;CERV;Fine row;2026-09-20 17:00;Europe/Brussels\n' +
  'cerv-gap;CERV;Gap;2027-03-28 02:30;Europe/Brussels\n' +
  ';CERV;No id;2026-09-20 17:00;Europe/Brussels\n';

function importing(options: Record<string, string>, coordinator = true, locale: Locale = 'en') {
  return runCommand(requestFor('import', options, { coordinator, locale, userId: 'U-IMP' }), deps);
}

describe('importing a CSV file from chat', () => {
  it('opens the import form when no file is attached', async () => {
    const answer = await importing({ kind: 'granty' });
    expect(isFormOpening(answer) && answer.values).toEqual({ kind: 'grants' });
  });

  it('imports nothing when any row is wrong, and says which lines', async () => {
    const answer = asReply(await importing({ kind: 'grants', file: bad, file_name: 'calls.csv' }));
    expect(answer.tone).toBe('notice');
    expect(answer.summary).toContain('The file has 2 problems; nothing was imported');
    expect(answer.summary).toContain('line 3');
    expect(answer.summary).toContain('line 4');
    expect(await deps.store.grants.byId('cerv-ok')).toBeUndefined();
    expect(await deps.store.audit.recent(5)).toEqual([]);
  });

  it('says the problems in the coordinator’s language, with no English in a Polish reply', async () => {
    const answer = asReply(
      await importing({ kind: 'granty', file: bad, file_name: 'nabory.csv' }, true, 'pl'),
    );
    expect(answer.tone).toBe('notice');
    expect(answer.summary).toContain(
      'W pliku są 2 problemy; nic nie zaimportowano: ' +
        'wiersz 3: deadline: ten czas lokalny nie istnieje w tej strefie (wypada w zmianie czasu); ' +
        'wiersz 4: id: wymagane, a puste',
    );
    expect(answer.summary).not.toMatch(/\bline\b|required|does not exist/);
    expect(await deps.store.grants.byId('cerv-ok')).toBeUndefined();
  });

  it('imports a good file in one transaction with its audit entry and outbox messages', async () => {
    const answer = asReply(await importing({ kind: 'grants', file: good, file_name: 'calls.csv' }));
    expect(answer.summary).toBe('Imported 1 grant call from calls.csv.');
    expect(await deps.store.grants.byId('cerv-tt')).toMatchObject({ programme: 'CERV' });
    expect(await deps.store.audit.recent(1)).toMatchObject([
      { action: 'import.grants', subject: 'calls.csv', detail: { rows: 1 } },
    ]);
    expect((await deps.store.outbox.pending(5)).map((entry) => entry.message)).toEqual([
      { type: 'grant-call-changed', grantId: 'cerv-tt', change: 'added' },
    ]);
  });

  it('refuses a plain member, attached file or not', async () => {
    const answer = asReply(await importing({ kind: 'members', file: good }, false));
    expect(answer.refusal).toBe('coordinator-only');
  });
});
