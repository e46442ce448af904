/** Where the configured store is, for messages: the Postgres host and database (never the password), or the PGlite folder. */
export function describeStore(database: { url?: string; dataDir: string }): string {
  if (!database.url) return `${database.dataDir}/pglite`;
  const url = new URL(database.url);
  return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
