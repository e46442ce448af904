import type { Kysely } from 'kysely';
import type { AuditLog } from '@glokal/domain';
import type { Database } from '../database';
import { jsonb } from '../search';

/** Who changed what: coordinators' actions, imports, demo loads. Append only. */
export function auditLog(db: Kysely<Database>): AuditLog {
  return {
    async record(entry) {
      await db
        .insertInto('audit_log')
        .values({
          actor: entry.actor,
          action: entry.action,
          subject: entry.subject,
          detail: entry.detail === undefined ? null : jsonb(entry.detail),
          at: entry.at,
        })
        .execute();
    },

    async recent(limit) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        actor: row.actor,
        action: row.action,
        subject: row.subject,
        ...(row.detail !== null ? { detail: row.detail } : {}),
        at: row.at,
      }));
    },
  };
}
