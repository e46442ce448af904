import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { loadConfig, loadDotEnv } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import { openStore } from '@glokal/store';
import { runImport } from './import/import-command';

loadDotEnv();
const config = loadConfig();
process.exitCode = await runImport(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  open: () =>
    openStore({
      ...(config.database.url ? { databaseUrl: config.database.url } : { dataDir: config.database.dataDir }),
      clusterTimeZone: config.cluster.timeZone,
    }),
  clock: systemClock,
  actor: `cli:${userInfo().username}`,
  print: (line) => console.log(line),
});
