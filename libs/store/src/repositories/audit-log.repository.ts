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
          platform: entry.platform ?? null,
          action: entry.action,
          subject: entry.subject,
          detail: entry.detail === undefined ? null : jsonb(entry.detail),
          before: entry.before === undefined ? null : jsonb(entry.before),
          after: entry.after === undefined ? null : jsonb(entry.after),
          at: entry.at,
        })
        .execute();
    },

    async recent(limit, offset = 0) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((row) => ({
        actor: row.actor,
        ...(row.platform !== null ? { platform: row.platform } : {}),
        action: row.action,
        subject: row.subject,
        ...(row.detail !== null ? { detail: row.detail } : {}),
        ...(row.before !== null ? { before: row.before } : {}),
        ...(row.after !== null ? { after: row.after } : {}),
        at: row.at,
      }));
    },
  };
}
