import { loadConfig, loadDotEnv } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import { openStore } from '@glokal/store';
import { runSeed } from './seed/seed-command';
import { describeStore } from './store-location';

loadDotEnv();
const config = loadConfig();
process.exitCode = await runSeed(process.argv.slice(2), {
  open: () =>
    openStore({
      ...(config.database.url ? { databaseUrl: config.database.url } : { dataDir: config.database.dataDir }),
      clusterTimeZone: config.cluster.timeZone,
    }),
  where: describeStore(config.database),
  clock: systemClock,
  clusterTimeZone: config.cluster.timeZone,
  print: (line) => console.log(line),
});
