import type { Server } from 'node:http';
import express from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Registry } from 'prom-client';
import { isLoopbackHost, type Logger } from '@glokal/config';
import type { Queue } from '@glokal/queue';
import type { Readiness } from './readiness';
import { requireOperationsToken } from './operations-token';

export interface HttpServerOptions {
  port: number;
  /** Default: loopback only. Containers listen on `0.0.0.0`, and then need `token`. */
  host?: string;
  /** `OPERATIONS_TOKEN`: asked of every request but `/healthz` and `/readyz`. */
  token?: string;
  logger: Logger;
  registry: Registry;
  readiness: () => Promise<Readiness>;
  /** Queues shown on the Bull Board dashboard at `/queues`. */
  queues: readonly Queue[];
}

export interface RunningHttpServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The operations port (`HTTP_PORT`): `/healthz` (the process answers), `/readyz` (Redis and
 * the database answer; 503 otherwise, with what is wrong), `/metrics` (Prometheus) and the
 * Bull Board dashboard at `/queues`. The dashboard can pause queues and retry and remove
 * jobs, so the port stays on loopback unless a token guards all but the two probes.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  if (!options.token && !isLoopbackHost(host)) {
    throw new Error(
      `the operations port would listen on ${host} without OPERATIONS_TOKEN: set a token, or listen on 127.0.0.1`,
    );
  }
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const readiness = await options.readiness();
    response
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks });
  });
  // Probes stay open for orchestrators; everything below needs the token when there is one.
  if (options.token) app.use(requireOperationsToken(options.token));
  app.get('/metrics', async (_request, response) => {
    try {
      const text = await options.registry.metrics();
      response.type(options.registry.contentType).send(text);
    } catch (error) {
      options.logger.error({ err: error }, 'metrics could not be collected');
      response.status(500).type('text/plain').send('metrics could not be collected\n');
    }
  });
  const dashboard = new ExpressAdapter();
  dashboard.setBasePath('/queues');
  createBullBoard({
    queues: options.queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter: dashboard,
  });
  app.use('/queues', dashboard.getRouter());

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  options.logger.info(
    { port, host, token: Boolean(options.token) },
    'health, metrics and the queue dashboard are listening',
  );
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
