import { loadDotEnv } from '@glokal/config';
import { reportUncaught } from '@glokal/config/process';
import { loadDemoData } from '@glokal/store/demo';
import { runConsole } from './run-console';

/** `npm run console -- [--platform slack|discord] [--locale pl|en] [--user ID] [--coordinator] [--tz ZONE] [--now ISO]`. */
loadDotEnv();
runConsole(
  process.argv.slice(2),
  process.env,
  { input: process.stdin, output: process.stdout, errors: process.stderr },
  (store, clock, zone) => loadDemoData(store, clock, zone),
)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => reportUncaught(error));
