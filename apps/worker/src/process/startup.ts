import type { GlokalConfig, Logger } from '@glokal/config';
import { checkRedis } from '@glokal/queue';

/** Redis must answer and keep every key before anything queues a job. */
export async function redisOrExit(config: GlokalConfig, logger: Logger): Promise<void> {
  const check = await checkRedis({ url: config.redis.url, prefix: config.redis.queuePrefix });
  if (!check.ok) {
    logger.fatal({ problem: check.problem }, check.message);
    process.stderr.write(`\n${check.message}\n\n`);
    process.exit(3);
  }
  if (check.warning) logger.warn(check.warning);
}
