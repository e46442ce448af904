import type { ClusterStore, GrantCall, OutboxMessage } from '@glokal/domain';
import { readCsv } from './csv-table';
import { grantsFormat } from './grants-format';
import { membersFormat } from './members-format';
import { validateRows } from './validate-rows';
import type { ImportProblem } from './import-problem';

export const importKinds = ['members', 'grants'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A checked file, ready to write: how many rows, and the write itself. */
export interface PreparedImport {
  kind: ImportKind;
  count: number;
  /** What the rows are, in English, for the command line: `members`, `grant calls`. */
  what: string;
  /**
   * Writes every row through `store` (the caller's transaction) and says what the worker must
   * hear: a grant call added or changed by an import plans its reminders like any other.
   */
  write(store: ClusterStore): Promise<Array<{ key: string; message: OutboxMessage }>>;
}

export type ImportCheck =
  { ok: true; prepared: PreparedImport } | { ok: false; problems: ImportProblem[] };

function changeOfImported(before: GrantCall | undefined, after: GrantCall): OutboxMessage {
  if (!before) return { type: 'grant-call-changed', grantId: after.id, change: 'added' };
  const moved =
    before.deadline.local !== after.deadline.local ||
    before.deadline.timeZone !== after.deadline.timeZone;
  return moved
    ? {
        type: 'grant-call-changed',
        grantId: after.id,
        change: 'extended',
        previousDeadline: before.deadline,
      }
    : { type: 'grant-call-changed', grantId: after.id, change: 'edited' };
}

/**
 * Reads and checks a CSV file of members or grant calls, every row first: problems by line, or
 * the write. The same check serves `npm run import` and `/glokal import`.
 */
export function checkImport(kind: ImportKind, text: string, at: Date): ImportCheck {
  if (kind === 'members') {
    const result = validateRows(readCsv(text), membersFormat);
    if (!result.ok) return result;
    return {
      ok: true,
      prepared: {
        kind,
        count: result.items.length,
        what: membersFormat.what,
        write: async (store) => {
          await store.organisations.upsert(result.items);
          return [];
        },
      },
    };
  }
  const result = validateRows(readCsv(text), grantsFormat);
  if (!result.ok) return result;
  return {
    ok: true,
    prepared: {
      kind,
      count: result.items.length,
      what: grantsFormat.what,
      write: async (store) => {
        const told: Array<{ key: string; message: OutboxMessage }> = [];
        for (const call of result.items) {
          const before = await store.grants.byId(call.id);
          if (before && JSON.stringify(before) === JSON.stringify(call)) continue;
          const message = changeOfImported(before, call);
          const key =
            message.type === 'grant-call-changed' && message.change === 'added'
              ? `grant:${call.id}:added`
              : `grant:${call.id}:import:${at.toISOString()}`;
          told.push({ key, message });
        }
        await store.grants.upsert(result.items);
        return told;
      },
    },
  };
}
