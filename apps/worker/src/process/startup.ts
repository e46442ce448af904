import {
  ConfigError,
  createLogger,
  loadConfig,
  loadDotEnv,
  type GlokalConfig,
  type Logger,
} from '@glokal/config';
import { checkRedis } from '@glokal/queue';

/** Reads `.env` and the environment; a bad configuration ends the process with what to fix. */
export function configOrExit(): GlokalConfig {
  loadDotEnv();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function processLogger(config: GlokalConfig, name: string): Logger {
  return createLogger({ level: config.logLevel, name });
}

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
