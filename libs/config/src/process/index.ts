/** What every entry point does around its wiring (`@glokal/config/process`). */
export {
  CONFIG_EXIT_CODE,
  configOrExit,
  processLogger,
  readConfig,
  requireConfigured,
  startProcess,
  type ConfigOrExitOptions,
  type ConfigReading,
} from './config-or-exit';
export { stopOnSignals, type SignalSource, type StopOnSignalsOptions } from './stop-on-signals';
export {
  StartupProblem,
  reportStartupProblems,
  reportUncaught,
  type StartupProblemReport,
} from './startup-problem';
