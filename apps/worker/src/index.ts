export { startWorker, type RunningWorker, type StartWorkerOptions } from './start-worker';
export {
  startHttpServer,
  type HttpServerOptions,
  type RunningHttpServer,
} from './http/http-server';
export { checkReadiness, type Readiness, type ReadinessCheck } from './http/readiness';
export { startOperationsServer, type OperationsServerOptions } from './http/operations-server';
export { redisOrExit } from './process/startup';
export { googleSourcesFrom, driveRootFrom, type GoogleSources } from './google/google-sources';
export { toReminderJob } from './reminders/replan-reminders';
