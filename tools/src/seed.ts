import { configOrExit } from '@glokal/config/process';
import { systemClock } from '@glokal/domain';
import { openConfiguredStore } from '@glokal/store';
import { runSeed } from './seed/seed-command';
import { describeStore } from './store-location';

const config = configOrExit();
process.exitCode = await runSeed(process.argv.slice(2), {
  open: () => openConfiguredStore(config),
  where: describeStore(config.database),
  clock: systemClock,
  clusterTimeZone: config.cluster.timeZone,
  print: (line) => console.log(line),
});
