import { sql, type RawBuilder } from 'kysely';

/**
 * A row's `data` column as the JSON text the database keeps, not parsed by the driver: the
 * text is the key of `storedValues`, so a row is parsed once per content it has had.
 */
export function dataText(table: string): RawBuilder<string> {
  return sql<string>`${sql.ref(`${table}.data`)}::text`;
}

/**
 * Domain values read back from the store, parsed (with their schema) once per distinct stored
 * content and kept, frozen, for the next read of the same content. The key is the content
 * itself (the JSON text, with any column the value is made from), so a changed row is a new
 * key and can never be answered from an older parse, in any process. Replies read the same
 * rows again and again; validating each with zod on every read was a large part of their cost.
 */
export function storedValues<T extends object>(kept = 1_000) {
  const values = new Map<string, T>();
  return {
    read(key: string, parse: () => T): T {
      const known = values.get(key);
      if (known) return known;
      const value = deepFreeze(parse());
      if (values.size >= kept) values.delete(values.keys().next().value as string);
      values.set(key, value);
      return value;
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
