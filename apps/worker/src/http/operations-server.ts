import type { Registry } from 'prom-client';
import type { GlokalConfig, Logger } from '@glokal/config';
import { openRedisProbe, type Queue } from '@glokal/queue';
import type { OpenedStore } from '@glokal/store';
import { startHttpServer, type RunningHttpServer } from './http-server';
import { checkReadiness, schedulesCheck } from './readiness';

export interface OperationsServerOptions {
  port: number;
  /** `OPERATIONS_HOST`; default loopback only. Off loopback `token` is required. */
  host?: string;
  /** `OPERATIONS_TOKEN`: asked of every request but `/healthz` and `/readyz`. */
  token?: string;
  logger: Logger;
  /** The running worker's metrics and queues, and the job schedulers it misses (for `/readyz`). */
  worker: {
    metrics: { registry: Registry };
    queues: readonly Queue[];
    missingSchedules?: () => Promise<string[]>;
  };
  /** The Redis the worker's queues live in; `/readyz` pings it through a connection of its own. */
  redis: GlokalConfig['redis'];
  /** The open store; `/readyz` asks it `select 1`. It stays the caller's to close. */
  store: Pick<OpenedStore, 'query'>;
}

/**
 * The operations port of a process that runs the worker (`npm run start:worker`, `npm start`):
 * health, readiness of Redis and the store, metrics and the queue dashboard. Closing it closes
 * its Redis probe too.
 */
export async function startOperationsServer(
  options: OperationsServerOptions,
): Promise<RunningHttpServer> {
  const probe = openRedisProbe({ url: options.redis.url, prefix: options.redis.queuePrefix });
  try {
    const http = await startHttpServer({
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      ...(options.token ? { token: options.token } : {}),
      logger: options.logger,
      registry: options.worker.metrics.registry,
      queues: options.worker.queues,
      readiness: () =>
        checkReadiness({
          redis: async () => (await probe.ping()) || 'Redis does not answer PING',
          database: async () => {
            await options.store.query('select 1');
            return true;
          },
          ...(options.worker.missingSchedules
            ? { schedules: schedulesCheck(options.worker.missingSchedules) }
            : {}),
        }),
    });
    return {
      port: http.port,
      async close() {
        await http.close();
        await probe.close();
      },
    };
  } catch (error) {
    await probe.close();
    throw error;
  }
}
