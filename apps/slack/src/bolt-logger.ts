import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '@glokal/config';

const levels: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function describe(parts: readonly unknown[]): { msg: string; err?: Error } {
  const err = parts.find((part): part is Error => part instanceof Error);
  const msg = parts
    .filter((part) => !(part instanceof Error))
    .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
    .join(' ');
  return err ? { msg: msg || err.message, err } : { msg };
}

/** Bolt and the Web API client log through Glokal's pino logger (JSON, secrets redacted). */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = levels.find((candidate) => candidate === logger.level) ?? LogLevel.INFO;
  let target = logger;
  const write = (at: LogLevel, parts: readonly unknown[]) => {
    if (levels.indexOf(at) < levels.indexOf(level)) return;
    const { msg, err } = describe(parts);
    target[at](err ? { err } : {}, msg);
  };
  return {
    debug: (...parts: unknown[]) => write(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => write(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => write(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => write(LogLevel.ERROR, parts),
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: (name) => void (target = logger.child({ component: name })),
  };
}
