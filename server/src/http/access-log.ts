import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

/**
 * One access-log line per request (info): what was asked, how it ended, how long it took, and
 * who asked when known (the GraphQL context puts the signed-in user's id in res.locals).
 */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      logger.info(
        {
          requestId: res.getHeader('X-Request-Id'),
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          userId: res.locals['userId'],
          traceId: res.locals['traceId'],
          ip: req.ip,
        },
        'request',
      );
    });
    next();
  };
}
