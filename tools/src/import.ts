import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { configOrExit } from '@glokal/config/process';
import { systemClock } from '@glokal/domain';
import { openConfiguredStore } from '@glokal/store';
import { runImport } from './import/import-command';

const config = configOrExit();
process.exitCode = await runImport(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  open: () => openConfiguredStore(config),
  clock: systemClock,
  actor: `cli:${userInfo().username}`,
  print: (line) => console.log(line),
});
