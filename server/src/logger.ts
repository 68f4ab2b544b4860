import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    // Tokens and passwords never reach the log, even when a request is logged whole.
    redact: {
      paths: ['req.headers.authorization', '*.password', '*.token', 'variables.input.password'],
      censor: '[redacted]',
    },
  });
}
