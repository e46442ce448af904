import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths whose values never reach a log line, wherever they appear in an object. */
const secretPaths = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'accessToken',
  '*.accessToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'password',
  '*.password',
];

/** JSON logs on stdout (or `destination` in tests), one logger per process, children per part. */
export function createLogger(
  options: { level?: string; name?: string } = {},
  destination?: pino.DestinationStream,
): Logger {
  const settings = {
    level: options.level ?? 'info',
    name: options.name ?? 'glokal',
    redact: { paths: secretPaths, censor: '[redacted]' },
  };
  return destination ? pino(settings, destination) : pino(settings);
}
