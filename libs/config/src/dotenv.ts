import { existsSync } from 'node:fs';
import { config as readDotEnv } from 'dotenv';

/** Loads `.env` from the working directory when there is one; the real environment wins. */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): void {
  if (existsSync(path)) readDotEnv({ path, quiet: true, processEnv: env });
}
